import { isLateEventType } from '@cxc/shared/domain/late-events';
import type { Pool } from 'pg';
import { hasLaterWork, moveToBack } from '../store/conversation-history.ts';
import { type PendingEvent, readLinks } from '../store/event-store.ts';

const typeOf = (payload: unknown) =>
  typeof payload === 'object' && payload !== null && 'type' in payload ? String(payload.type) : '';

/**
 * A late event (recording, disposition …) held for its call's record, met at the head of its
 * conversation: `behind` when later events came meanwhile (it steps behind them: the call's own event
 * is most likely among them), `run` when the record now exists, else `wait` until its next try.
 */
export async function heldLateEvent(pool: Pool, event: PendingEvent): Promise<'behind' | 'run' | 'wait'> {
  if (!isLateEventType(typeOf(event.payload))) return 'wait';
  if (await hasLaterWork(pool, event.tenantId, event.conversationId, event.id)) {
    await moveToBack(pool, event.id);
    return 'behind';
  }
  const links = await readLinks(pool, event.tenantId, event.conversationId);
  return links.some((l) => l.role === 'activity') ? 'run' : 'wait';
}
