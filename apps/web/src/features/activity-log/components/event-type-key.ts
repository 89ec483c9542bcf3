import type { EventType } from '@cxc/shared/domain/events';

/** i18next reads dots as nesting, so `chat.started` is looked up as `types.chat_started`. */
export const EVENT_TYPE_KEY = {
  'chat.started': 'chat_started',
  'chat.ended': 'chat_ended',
  'offline_message.received': 'offline_message_received',
  'conversation.started': 'conversation_started',
  'inbox.message.received': 'inbox_message_received',
  'call.ended': 'call_ended',
  'meeting.ended': 'meeting_ended',
} as const satisfies Record<EventType, string>;
