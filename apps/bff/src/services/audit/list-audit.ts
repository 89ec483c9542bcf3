import type { AuditEntry } from '@cxc/shared/api/audit';
import type { Queryable } from '../../db/queryable.ts';

interface AuditRow {
  id: string;
  at: Date;
  actor_email: string;
  actor_name: string;
  actor_role: string;
  action: AuditEntry['action'];
  details: Record<string, unknown>;
}

/** A tenant's audit entries, newest first. Platform-level entries (tenant_id null) are never listed here. */
export async function listTenantAudit(
  db: Queryable,
  tenantId: string,
  page: number,
  perPage: number,
): Promise<{ entries: AuditEntry[]; total: number; page: number }> {
  const [{ rows }, count] = await Promise.all([
    db.query<AuditRow>(
      `select id::text, at, actor_email, actor_name, actor_role, action, details from audit_log
        where tenant_id = $1 order by audit_log.id desc limit $2 offset $3`,
      [tenantId, perPage, (page - 1) * perPage],
    ),
    db.query<{ total: number }>('select count(*)::int as total from audit_log where tenant_id = $1', [
      tenantId,
    ]),
  ]);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: { email: row.actor_email, name: row.actor_name, role: row.actor_role },
      action: row.action,
      details: row.details,
    })),
    total: count.rows[0]?.total ?? 0,
    page,
  };
}
