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
}

/** The live session for a cookie value, or undefined when unknown or expired. */
export async function findSession(db: Queryable, sessionId: string): Promise<ActiveSession | undefined> {
  const { rows } = await db.query<SessionRow>(
    `select s.id_hash, s.subject, s.email, s.name, s.role, s.csrf_token, t.id as tenant_id, t.name as tenant_name
       from sessions s left join tenants t on t.id = s.tenant_id
      where s.id_hash = $1 and s.expires_at > now()`,
    [hashSessionId(sessionId)],
  );
  const row = rows[0];
  if (!row) return undefined;
  const tenant =
    row.tenant_id !== null && row.tenant_name !== null ? { id: row.tenant_id, name: row.tenant_name } : null;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    user: { sub: row.subject, email: row.email, name: row.name, role: roleSchema.parse(row.role), tenant },
  };
}
