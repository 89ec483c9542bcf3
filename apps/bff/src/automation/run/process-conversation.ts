import { type ConnectionRecord, readConnection } from '../../zoho/connection-store.ts';
import type { EngineRuntime } from './engine-runtime.ts';
import { nextEventOf } from '../store/event-store.ts';
import { heldLateEvent } from './held-late-event.ts';
import { processEvent } from './process-event.ts';

/** What the job should do next: nothing, come back at a time, or come back soon (someone else holds the lock). */
export type ConversationResult = { next: 'none' } | { next: 'at'; at: Date } | { next: 'busy' };

/** Bounds one job's run so a long conversation cannot hold a worker (or pg-boss's job expiry) forever. */
const MAX_EVENTS_PER_RUN = 50;

/**
 * Works through one conversation's unfinished events strictly in order, holding an advisory lock on
 * (tenant, conversation) for the whole run: two runs, in this process or another, never interleave one
 * conversation, and a killed process's locks go with its lock session. An event that must wait stops the
 * run: later events of the conversation may depend on its records.
 */
export async function processConversation(
  runtime: EngineRuntime,
  tenantId: string,
  conversationId: string,
): Promise<ConversationResult> {
  const { pool } = runtime.deps;
  const key = `cxc-conversation:${tenantId}:${conversationId}`;
  if (!(await runtime.locks.tryLock(key))) return { next: 'busy' };
  try {
    for (let n = 0; n < MAX_EVENTS_PER_RUN; n += 1) {
      const event = await nextEventOf(pool, tenantId, conversationId);
      if (!event) return { next: 'none' };
      if (event.status === 'retrying' && event.nextAttemptAt && event.nextAttemptAt > new Date()) {
        const held = await heldLateEvent(pool, event);
        if (held === 'behind') continue;
        if (held === 'wait') return { next: 'at', at: event.nextAttemptAt };
      }
      // Read here only for a reconnect check; the attempt then reuses it instead of reading it again.
      let connection: ConnectionRecord | undefined;
      if (event.status === 'waiting_reconnect') {
        connection = await readConnection(pool, tenantId);
        if (connection?.status !== 'connected') return { next: 'none' };
      }
      const result = await processEvent(runtime, event, connection);
      if (!result.final) return result.retryAt ? { next: 'at', at: result.retryAt } : { next: 'none' };
    }
    return { next: 'at', at: new Date() };
  } finally {
    await runtime.locks.unlock(key);
  }
}
