import type { Queryable } from '../../db/queryable.ts';
import { EVENTS_CHANNEL } from '../events/store-event.ts';

export const RETRYABLE_STATUSES = ['failed', 'skipped', 'retrying', 'waiting_reconnect'] as const;

/**
 * Puts events back in the queue, now. An event none of whose operations reached Zoho is planned
 * again (so a fixed mapping takes effect); one that already wrote records keeps its plan and only its
 * unfinished operations run again, so nothing is written twice. Returns the ids requeued.
 */
export async function requeueEvents(
  db: Queryable,
  tenantId: string,
  filter: { id: string } | { status: 'failed' },
): Promise<string[]> {
  const byId = 'id' in filter;
  const { rows } = await db.query<{ id: string; conversation_id: string }>(
    `update events e set status = 'queued', attempts = 0, next_attempt_at = null, error = null,
            skip_reason = null, updated_at = now(),
            plan = case when exists (select 1 from event_operations o where o.event_id = e.id and o.status = 'done')
                        then e.plan else null end
      where e.tenant_id = $1 and ${byId ? 'e.id = $2 and e.status = any($3)' : "e.status = 'failed'"}
      returning e.id, e.conversation_id`,
    byId ? [tenantId, filter.id, [...RETRYABLE_STATUSES]] : [tenantId],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return ids;
  await db.query(
    `delete from event_operations o using events e
      where o.event_id = e.id and e.id = any($1) and e.plan is null`,
    [ids],
  );
  await db.query(
    `update event_operations set status = 'pending', error = null, updated_at = now()
      where event_id = any($1) and status = 'failed'`,
    [ids],
  );
  for (const conversationId of new Set(rows.map((row) => row.conversation_id)))
    await db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify([tenantId, conversationId])]);
  return ids;
}
