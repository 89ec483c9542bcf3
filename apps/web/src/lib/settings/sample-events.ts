import type { Channel } from '@cxc/shared/domain/channels';
import { conversationEventSchema, type ConversationEvent, type EventType } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';

/** The sample a channel's template previews render: the event that usually writes its records. */
export const CHANNEL_SAMPLE: Record<Channel, EventType> = {
  web_chat: 'chat.ended',
  inbox: 'conversation.started',
  calls: 'call.ended',
  meetings: 'meeting.ended',
};

export const SAMPLE_EVENT_TYPES = Object.keys(SAMPLE_EVENTS) as EventType[];

const parsed = new Map<EventType, ConversationEvent>();

/** A sample event as the platform would send it, parsed (defaults filled) like the BFF parses it. */
export function sampleEvent(type: EventType): ConversationEvent {
  const cached = parsed.get(type);
  if (cached) return cached;
  const event = conversationEventSchema.parse(SAMPLE_EVENTS[type]);
  parsed.set(type, event);
  return event;
}
