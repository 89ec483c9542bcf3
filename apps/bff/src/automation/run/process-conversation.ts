import type { EngineRuntime } from './engine-runtime.ts';
import { nextEventsOf } from '../store/event-store.ts';
import { heldLateEvent } from './held-late-event.ts';
import { processEvent } from './process-event.ts';
import { readTenantState, type TenantState } from './tenant-state.ts';

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
    // Two rows say whether a second event waits: after the last one the run ends without asking again.
    // An event stored after this read has its own job (its NOTIFY queues one beside this active one).
    let lastSeen = false;
    for (let n = 0; n < MAX_EVENTS_PER_RUN; n += 1) {
      if (lastSeen) return { next: 'none' };
      const [event, following] = await nextEventsOf(pool, tenantId, conversationId, 2);
      if (!event) return { next: 'none' };
      lastSeen = following === undefined;
      if (event.status === 'retrying' && event.nextAttemptAt && event.nextAttemptAt > new Date()) {
        const held = await heldLateEvent(pool, event);
        if (held === 'behind') {
          lastSeen = false;
          continue;
        }
        if (held === 'wait') return { next: 'at', at: event.nextAttemptAt };
      }
      // Read here only for a reconnect check; the attempt then reuses it instead of reading it again.
      let state: TenantState | undefined;
      if (event.status === 'waiting_reconnect') {
        state = await readTenantState(runtime.deps, tenantId);
        if (state.connection?.status !== 'connected') return { next: 'none' };
      }
      const result = await processEvent(runtime, event, state);
      if (!result.final) return result.retryAt ? { next: 'at', at: result.retryAt } : { next: 'none' };
    }
    return { next: 'at', at: new Date() };
  } finally {
    await runtime.locks.unlock(key);
  }
}
