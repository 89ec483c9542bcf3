import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { type ConversationJob, enqueueConversations } from './engine-queue.ts';

/**
 * The safety net, run every few seconds by every engine process: conversations with a queued event
 * (a lost notification), a due retry, a run that died mid-way (`processing`, its lock gone), or events
 * waiting for a reconnect whose connection is connected again.
 */
export async function sweepEvents(pool: Pool, boss: PgBoss): Promise<number> {
  const { rows } = await pool.query<ConversationJob>(
    `select distinct e.tenant_id as "tenantId", e.conversation_id as "conversationId" from events e
      where e.status in ('queued', 'processing')
         or (e.status = 'retrying' and e.next_attempt_at <= now())
         or (e.status = 'waiting_reconnect' and exists (
               select 1 from zoho_connections c where c.tenant_id = e.tenant_id and c.status = 'connected'))
      limit 5000`,
  );
  await enqueueConversations(boss, rows);
  return rows.length;
}
