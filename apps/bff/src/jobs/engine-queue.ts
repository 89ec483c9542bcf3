import type PgBoss from 'pg-boss';

/** One job = "work through this conversation's unfinished events". */
export const CONVERSATION_QUEUE = 'engine-conversation';

export interface ConversationJob {
  tenantId: string;
  conversationId: string;
}

/**
 * Enqueues a conversation. The singleton key + 1 s window collapses a burst of sends for one
 * conversation into one job; a job that finds nothing to do is cheap, and the sweeper covers a send lost
 * between two windows.
 */
export async function enqueueConversation(
  boss: PgBoss,
  job: ConversationJob,
  startAfter?: Date,
): Promise<void> {
  await boss.send(CONVERSATION_QUEUE, job, {
    singletonKey: JSON.stringify([job.tenantId, job.conversationId]),
    singletonSeconds: 1,
    ...(startAfter ? { startAfter } : {}),
  });
}
