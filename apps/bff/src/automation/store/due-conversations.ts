import type { Queryable } from '../../db/queryable.ts';

export interface DueConversation {
  tenantId: string;
  conversationId: string;
}

/**
 * Conversations with work to do: a queued event (a lost notification), a due retry, a run that died
 * mid-way (`processing`, its lock gone), or events waiting for a reconnect whose connection is connected
 * again. At most 5000 per call; the sweeper comes back for the rest.
 */
export async function dueConversations(db: Queryable): Promise<DueConversation[]> {
  const { rows } = await db.query<DueConversation>(
    `select distinct e.tenant_id as "tenantId", e.conversation_id as "conversationId" from events e
      where e.status in ('queued', 'processing')
         or (e.status = 'retrying' and e.next_attempt_at <= now())
         or (e.status = 'waiting_reconnect' and exists (
               select 1 from zoho_connections c where c.tenant_id = e.tenant_id and c.status = 'connected'))
      limit 5000`,
  );
  return rows;
}
