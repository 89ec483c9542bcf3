import type { Queryable } from '../../db/queryable.ts';

/** NOTIFYed (on commit) when a tenant has a pending announcement: engines send it within seconds. */
export const CUSTOMER_CHANGES_CHANNEL = 'cxc_customer_changes';

export interface MirrorChanges {
  /** The lowest and highest changed_seq the writer handed out. */
  fromSeq: string;
  toSeq: string;
  changed: number;
  deleted: number;
}

/**
 * Joins what a mirror writer just applied to the tenant's pending "customers changed" delivery, or starts
 * one, in the writer's transaction: the announcement commits with the change or not at all, and survives
 * a restart. Only for an enabled webhook. One small upsert on a row no sender holds for long, so the sync
 * never waits for a receiver. The caller holds the tenant's mirror change lock, so joins never interleave.
 * The NOTIFY reaches the engines' listeners only once the change commits (none on a rollback); the
 * connection watch's half-minute sweep sends it anyway if no listener heard it.
 */
export async function noteCustomerChanges(
  db: Queryable,
  tenantId: string,
  changes: MirrorChanges,
): Promise<void> {
  if (changes.changed === 0 && changes.deleted === 0) return;
  await db.query(
    `with noted as (
       insert into customer_webhook_deliveries as d (tenant_id, from_seq, to_seq, changed, deleted)
       select w.tenant_id, $2, $3, $4, $5 from customer_webhooks w where w.tenant_id = $1 and w.enabled
       on conflict (tenant_id) do update set
          from_seq = least(d.from_seq, excluded.from_seq), to_seq = greatest(d.to_seq, excluded.to_seq),
          changed = d.changed + excluded.changed, deleted = d.deleted + excluded.deleted,
          version = d.version + 1
       returning tenant_id)
     select pg_notify($6, tenant_id) from noted`,
    [tenantId, changes.fromSeq, changes.toSeq, changes.changed, changes.deleted, CUSTOMER_CHANGES_CHANNEL],
  );
}
