import { type ConversationEvent, type ConversationEventInput, conversationEventSchema } from '../events.ts';
import { SAMPLE_EVENTS } from '../sample-events.ts';

export const EXAMPLES = SAMPLE_EVENTS;

export function event<T extends keyof typeof EXAMPLES>(
  type: T,
  patch: (e: ConversationEventInput) => void = () => {},
): ConversationEvent {
  const copy = structuredClone(EXAMPLES[type]) as ConversationEventInput;
  patch(copy);
  return conversationEventSchema.parse(copy);
}

export function missedCall(patch: (e: ConversationEventInput) => void = () => {}): ConversationEvent {
  return event('call.ended', (e) => {
    if (e.type !== 'call.ended') return;
    e.call.status = 'missed';
    e.call.durationSeconds = 0;
    delete e.agent;
    patch(e);
  });
}
