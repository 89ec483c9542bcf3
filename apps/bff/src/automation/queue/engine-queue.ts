import type PgBoss from 'pg-boss';
import type { Queryable } from '../../db/queryable.ts';

/** One job = "work through this conversation's unfinished events". */
export const CONVERSATION_QUEUE = 'engine-conversation';

export interface ConversationJob {
  tenantId: string;
  conversationId: string;
}

/**
 * The queue's policy is `short`: at most one *waiting* job per singleton key (one may run meanwhile), so
 * the notifications, the worker's own reschedules and the sweeper can all send freely and a backlog of
 * 10,000 events stays 10,000 jobs, not hundreds of thousands of duplicates.
 */
export const CONVERSATION_QUEUE_POLICY = 'short';

const singletonKey = (job: ConversationJob) => JSON.stringify([job.tenantId, job.conversationId]);

/**
 * Enqueues a conversation; a no-op when one is already waiting (that job will look at every event).
 * Says whether a job was added: `false` means the waiting one absorbed this send.
 */
export async function enqueueConversation(
  boss: PgBoss,
  job: ConversationJob,
  startAfter?: Date,
): Promise<boolean> {
  const id = await boss.send(CONVERSATION_QUEUE, job, {
    singletonKey: singletonKey(job),
    ...(startAfter ? { startAfter } : {}),
  });
  return id !== null;
}

/** Many conversations in one statement (the sweeper); those already waiting are skipped by the policy. */
export async function enqueueConversations(boss: PgBoss, jobs: ConversationJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await boss.insert(
    jobs.map((job) => ({ name: CONVERSATION_QUEUE, data: job, singletonKey: singletonKey(job) })),
  );
}

/**
 * Makes the conversations' waiting jobs due now. Under the `short` policy a job scheduled for later (a
 * retry's backoff, a credit budget's wait) absorbs every new send, so without this a manual retry would
 * only run when that job's time came. pg-boss has no call for it: its job table is updated directly
 * (pg-boss 10; the table exists once an engine has started).
 */
export async function makeConversationsDue(db: Queryable, jobs: ConversationJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const { rows } = await db.query<{ exists: boolean }>(
    "select to_regclass('pgboss.job') is not null as exists",
  );
  if (!rows[0]?.exists) return;
  await db.query(
    `update pgboss.job set start_after = now()
      where name = $1 and state = 'created' and start_after > now() and singleton_key = any($2)`,
    [CONVERSATION_QUEUE, jobs.map(singletonKey)],
  );
}
