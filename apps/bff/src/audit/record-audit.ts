import type { AuditEntry } from '@cxc/shared/api/audit';
import type { Queryable } from '../db/queryable.ts';

export type AuditAction = AuditEntry['action'];

export interface AuditActor {
  email: string;
  name: string;
  role: string;
}

/** The actor of things nobody clicked (a refresh refused by Zoho). */
export const SYSTEM_ACTOR: AuditActor = { email: 'system', name: 'CX Connector', role: 'system' };

const SECRET_KEY = /secret|token|password|verifier/i;

/**
 * Secrets never enter the audit log: any key that names one is replaced by "changed" (or dropped when
 * the value is empty), whatever the caller passed. Nested objects are scrubbed too.
 */
export function scrubDetails(details: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(details).flatMap(([key, value]): [string, unknown][] => {
    if (SECRET_KEY.test(key)) return value ? [[key, 'changed']] : [];
    if (value && typeof value === 'object' && !Array.isArray(value))
      return [[key, scrubDetails(value as Record<string, unknown>)]];
    return [[key, value]];
  });
  return Object.fromEntries(entries);
}

export interface AuditInput {
  /** null for platform-level entries (the system configuration). */
  tenantId: string | null;
  actor: AuditActor;
  action: AuditAction;
  details?: Record<string, unknown>;
}

/** Appends one audit entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: Queryable, input: AuditInput): Promise<void> {
  await db.query(
    `insert into audit_log (tenant_id, actor_email, actor_name, actor_role, action, details)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      input.tenantId,
      input.actor.email,
      input.actor.name,
      input.actor.role,
      input.action,
      JSON.stringify(scrubDetails(input.details ?? {})),
    ],
  );
}

export function actorOf(session: { user: { email: string; name: string; role: string } }): AuditActor {
  return { email: session.user.email, name: session.user.name, role: session.user.role };
}
