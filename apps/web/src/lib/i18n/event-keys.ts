import type { EventType } from '@cxc/shared/domain/events';

/** i18next reads dots as nesting, so `chat.started` is looked up as `events:types.chat_started`. */
export const EVENT_TYPE_KEY = {
  'chat.started': 'chat_started',
  'chat.ended': 'chat_ended',
  'offline_message.received': 'offline_message_received',
  'conversation.started': 'conversation_started',
  'inbox.message.received': 'inbox_message_received',
  'call.ended': 'call_ended',
  'meeting.ended': 'meeting_ended',
  'call.started': 'call_started',
  'call.recording_available': 'call_recording_available',
  'call.transcript_available': 'call_transcript_available',
  'call.disposition_set': 'call_disposition_set',
  'conversation.summary_available': 'conversation_summary_available',
} as const satisfies Record<EventType, string>;

const EXPLAINED_ERRORS = [
  'INVALID_DATA',
  'MANDATORY_NOT_FOUND',
  'DUPLICATE_DATA',
  'TOO_MANY_REQUESTS',
  'zoho_unreachable',
  'needs_reconnect',
  'not_connected',
  'internal',
  'attachment_download_deferred',
  'credit_budget_reached',
] as const;

/** The `events:errors.*` key explaining an event error's code; Zoho codes we do not know read as `other`. */
export function eventErrorKey(code: string): (typeof EXPLAINED_ERRORS)[number] | 'other' {
  return EXPLAINED_ERRORS.find((known) => known === code) ?? 'other';
}
