import type { SessionUser } from '@cxc/shared/api/session';
import { roleSchema } from '@cxc/shared/domain/roles';
import { hashSessionId } from '../../auth/session-id.ts';
import type { Queryable } from '../../db/queryable.ts';
import { sessionCache } from './session-cache.ts';

export interface ActiveSession {
  idHash: string;
  user: SessionUser;
  csrfToken: string;
}

interface SessionRow {
  id_hash: string;
  subject: string;
  email: string;
  name: string;
  role: string;
  csrf_token: string;
  tenant_id: string | null;
  tenant_name: string | null;
  /** last_seen_at is older than TOUCH_AFTER_SECONDS: time to move it forward. */
  stale: boolean;
  /** Milliseconds until the session ends by itself (absolute lifetime or idle, counted from this use). */
  ends_in_ms: number;
}

/** last_seen_at moves at most this often per session: a write a minute, not a write per request. */
export const TOUCH_AFTER_SECONDS = 60;

/**
 * The live session for a cookie value, or undefined when unknown, past its absolute lifetime or idle for
 * `idleSeconds`. Using a live session counts as activity. The touch is coarse (see TOUCH_AFTER_SECONDS), so
 * a session may end up to a minute earlier than `idleSeconds` after its last request, never later.
 */
export async function findSession(
  db: Queryable,
  sessionId: string,
  idleSeconds: number,
  /** How long this process may answer from memory (session-cache.ts); 0 reads the row every time. */
  cacheSeconds = 0,
): Promise<ActiveSession | undefined> {
  const idHash = hashSessionId(sessionId);
  const started = Date.now();
  if (cacheSeconds > 0) {
    const cached = sessionCache.get<ActiveSession>(idHash, started);
    if (cached) return cached;
  }
  const { rows } = await db.query<SessionRow>(
    `select s.id_hash, s.subject, s.email, s.name, s.role, s.csrf_token, t.id as tenant_id, t.name as tenant_name,
            s.last_seen_at < now() - make_interval(secs => $3) as stale,
            (extract(epoch from least(s.expires_at,
                                      greatest(s.last_seen_at, now() - make_interval(secs => $3))
                                        + make_interval(secs => $2)) - now()) * 1000)::float8 as ends_in_ms
       from sessions s left join tenants t on t.id = s.tenant_id
      where s.id_hash = $1 and s.expires_at > now() and s.last_seen_at > now() - make_interval(secs => $2)`,
    [idHash, idleSeconds, TOUCH_AFTER_SECONDS],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.stale) {
    // The condition repeated in the update: concurrent requests of one session write once between them.
    await db.query(
      `update sessions set last_seen_at = now()
        where id_hash = $1 and last_seen_at < now() - make_interval(secs => $2)`,
      [idHash, TOUCH_AFTER_SECONDS],
    );
  }
  const tenant =
    row.tenant_id !== null && row.tenant_name !== null ? { id: row.tenant_id, name: row.tenant_name } : null;
  const session: ActiveSession = {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    user: { sub: row.subject, email: row.email, name: row.name, role: roleSchema.parse(row.role), tenant },
  };
  if (cacheSeconds > 0) sessionCache.put(session, started + Math.min(cacheSeconds * 1000, row.ends_in_ms));
  return session;
}
