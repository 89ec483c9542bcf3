import type { Queryable } from '../../db/queryable.ts';

export const RETRYABLE_STATUSES = ['failed', 'skipped', 'retrying', 'waiting_reconnect'] as const;

/** An operation committed as `writing` may already exist in Zoho: only its own plan can settle it. */
const UNCERTAIN = `exists (select 1 from event_operations w where w.event_id = e.id and w.status = 'writing')`;

/**
 * What Zoho saw of the plan being replaced (records written, refusals), kept on the event. Pending and
 * skipped operations wrote nothing and are dropped.
 */
const REPLACED = `coalesce((select jsonb_agg(jsonb_build_object('step', o.step, 'status', o.status,
    'operation', o.operation, 'recordId', o.record_id, 'error', o.error, 'replacedAt', now()) order by o.step)
  from event_operations o where o.event_id = e.id and o.status in ('done', 'failed')), '[]'::jsonb)`;

/**
 * Resets events for a manual retry, in the caller's transaction: the plan is dropped (planned again
 * with the current settings) unless an operation is `writing`, in which case only its unfinished
 * operations run again. Returns the events reset and their conversations.
 */
export async function resetEventsForRetry(
  db: Queryable,
  tenantId: string,
  filter: { id: string } | { status: 'failed' },
): Promise<{ id: string; conversation_id: string }[]> {
  const byId = 'id' in filter;
  const { rows } = await db.query<{ id: string; conversation_id: string; replanned: boolean }>(
    `update events e set status = 'queued', attempts = 0, next_attempt_at = null, error = null,
            skip_reason = null, updated_at = now(),
            previous_operations = case when ${UNCERTAIN} then e.previous_operations
                                       else e.previous_operations || ${REPLACED} end,
            plan = case when ${UNCERTAIN} then e.plan else null end
      where e.tenant_id = $1 and ${byId ? 'e.id = $2 and e.status = any($3)' : "e.status = 'failed'"}
      returning e.id, e.conversation_id, e.plan is null as replanned`,
    byId ? [tenantId, filter.id, [...RETRYABLE_STATUSES]] : [tenantId],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const replanned = rows.filter((row) => row.replanned).map((row) => row.id);
  await db.query('delete from event_operations where event_id = any($1)', [replanned]);
  await db.query(
    `update event_operations set status = 'pending', error = null, updated_at = now()
      where event_id = any($1) and status = 'failed'`,
    [ids],
  );
  return rows;
}
