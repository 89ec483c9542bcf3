import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { dueConversations } from '../store/due-conversations.ts';
import { enqueueConversations } from './engine-queue.ts';

/**
 * The safety net, run every few seconds by every engine process: every conversation the store says has
 * work to do (a lost notification, a due retry, a run that died, a reconnect) is queued again.
 */
export async function sweepEvents(pool: Pool, boss: PgBoss): Promise<number> {
  const rows = await dueConversations(pool);
  await enqueueConversations(boss, rows);
  return rows.length;
}
