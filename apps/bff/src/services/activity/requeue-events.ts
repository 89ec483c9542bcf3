import type { Queryable } from '../../db/queryable.ts';
import { makeConversationsDue } from '../../automation/queue/engine-queue.ts';
import { EVENTS_CHANNEL } from '../../automation/store/store-event.ts';
import { resetEventsForRetry } from '../../automation/store/reset-events-for-retry.ts';

/**
 * Puts events back in the queue, now (a manual retry). The event is planned again with the current
 * settings, so a fixed mapping takes effect. Records an earlier attempt created are linked to the
 * conversation (conversation_links), so the new plan finds them by the stored link and updates them
 * instead of creating them again; the replaced operations stay visible as `previous_operations`.
 * Only when an operation is `writing` (the create may have reached Zoho; its marker is not checked
 * yet) is the plan kept, and just its unfinished operations run again. Returns the ids requeued.
 */
export async function requeueEvents(
  db: Queryable,
  tenantId: string,
  filter: { id: string } | { status: 'failed' },
): Promise<string[]> {
  const rows = await resetEventsForRetry(db, tenantId, filter);
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return ids;
  const conversations = [...new Set(rows.map((row) => row.conversation_id))];
  await makeConversationsDue(
    db,
    conversations.map((conversationId) => ({ tenantId, conversationId })),
  );
  for (const conversationId of conversations)
    await db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify([tenantId, conversationId])]);
  return ids;
}
