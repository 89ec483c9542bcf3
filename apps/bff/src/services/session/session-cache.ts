/** Entries beyond this are dropped oldest first: a bound on memory, not a limit on sessions. */
const MAX_ENTRIES = 10_000;

/** What find-session.ts stores; only the id hash is read here. */
interface CachedSession {
  idHash: string;
}

const entries = new Map<string, { session: CachedSession; until: number }>();

/**
 * Sessions this process has just checked, by id hash (a random 256-bit value's hash, so distinct even
 * across test databases in one process). An entry lives at most SESSION_CACHE_SECONDS and never past the
 * session's own idle or absolute end, so expiry stays exact. What it can miss is a session deleted by
 * another process (sign-out there) until the entry lapses: that is the documented bound. Sign-out in this
 * process forgets the entry at once.
 */
export const sessionCache = {
  get<T extends CachedSession>(idHash: string, now = Date.now()): T | undefined {
    const entry = entries.get(idHash);
    if (!entry) return undefined;
    // find-session.ts is the only writer: what it put under an id hash is its ActiveSession.
    if (entry.until > now) return entry.session as T;
    entries.delete(idHash);
    return undefined;
  },
  put(session: CachedSession, until: number): void {
    entries.delete(session.idHash);
    entries.set(session.idHash, { session, until });
    if (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
  },
  forget(idHash: string): void {
    entries.delete(idHash);
  },
};
