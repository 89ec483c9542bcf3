import type { ZohoDeps } from '../../zoho/get-zoho-client.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import type { EngineOptions } from './engine-options.ts';
import { nextEventOf } from './engine-store.ts';
import { processEvent } from './process-event.ts';

/** What the job should do next: nothing, come back at a time, or come back soon (someone else holds the lock). */
export type ConversationResult = { next: 'none' } | { next: 'at'; at: Date } | { next: 'busy' };

/** Bounds one job's run so a long conversation cannot hold a worker (or pg-boss's job expiry) forever. */
const MAX_EVENTS_PER_RUN = 50;

/**
 * Works through one conversation's unfinished events strictly in order, holding a session advisory lock
 * on (tenant, conversation) for the whole run: two workers never interleave one conversation, and a
 * killed worker's lock goes with its connection. An event that must wait stops the run: later events of
 * the conversation may depend on its records.
 */
export async function processConversation(
  deps: ZohoDeps,
  tenantId: string,
  conversationId: string,
  options: EngineOptions,
): Promise<ConversationResult> {
  const lockClient = await deps.pool.connect();
  const key = `cxc-conversation:${tenantId}:${conversationId}`;
  try {
    const { rows } = await lockClient.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as locked',
      [key],
    );
    if (!rows[0]?.locked) return { next: 'busy' };
    try {
      for (let n = 0; n < MAX_EVENTS_PER_RUN; n += 1) {
        const event = await nextEventOf(deps.pool, tenantId, conversationId);
        if (!event) return { next: 'none' };
        if (event.status === 'retrying' && event.nextAttemptAt && event.nextAttemptAt > new Date())
          return { next: 'at', at: event.nextAttemptAt };
        if (event.status === 'waiting_reconnect') {
          const connection = await readConnection(deps.pool, tenantId);
          if (connection?.status !== 'connected') return { next: 'none' };
        }
        const result = await processEvent(deps, event, options);
        if (!result.final) return result.retryAt ? { next: 'at', at: result.retryAt } : { next: 'none' };
      }
      return { next: 'at', at: new Date() };
    } finally {
      await lockClient.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    lockClient.release();
  }
}
