import type { SessionUser } from '@cxc/shared/api/session';
import { roleSchema } from '@cxc/shared/domain/roles';
import { hashSessionId } from '../../auth/session-id.ts';
import type { Queryable } from '../../db/queryable.ts';

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
): Promise<ActiveSession | undefined> {
  const idHash = hashSessionId(sessionId);
  const { rows } = await db.query<SessionRow>(
    `select s.id_hash, s.subject, s.email, s.name, s.role, s.csrf_token, t.id as tenant_id, t.name as tenant_name,
            s.last_seen_at < now() - make_interval(secs => $3) as stale
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
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    user: { sub: row.subject, email: row.email, name: row.name, role: roleSchema.parse(row.role), tenant },
  };
}
