/**
 * The `events` namespace: channel and Zoho module labels, the automation engine's event types, skip
 * reasons and error explanations, shared by the activity log and the agent panel's automation history (features cannot import each other).
 */
export const eventsEn = {
  channels: {
    web_chat: 'Web chat',
    inbox: 'Inbox',
    calls: 'Calls',
    meetings: 'Meetings',
  },
  modules: {
    Leads: 'Lead',
    Contacts: 'Contact',
    Accounts: 'Account',
    Deals: 'Deal',
    Tasks: 'Task',
    Cases: 'Case',
    Calls: 'Call',
    Notes: 'Note',
  },
  types: {
    chat_started: 'Chat started',
    chat_ended: 'Chat ended',
    offline_message_received: 'Offline message received',
    conversation_started: 'Conversation started',
    inbox_message_received: 'Inbox message received',
    call_ended: 'Call ended',
    meeting_ended: 'Meeting ended',
    call_started: 'Call started',
    call_recording_available: 'Call recording available',
    call_transcript_available: 'Call transcript available',
    call_disposition_set: 'Call disposition set',
    conversation_summary_available: 'Conversation summary available',
  },
  skipReason: {
    channel_disabled: 'The channel is switched off.',
    manual_mode: 'The channel is in manual mode: agents record conversations themselves.',
    no_rule_matched: 'No rule matched this event.',
    not_connected: 'Zoho CRM was not connected.',
    needs_review: 'The visitor matched several records; the identification policy asks for a review.',
    internal_number:
      'The customer’s only number is one of the company’s own numbers, so nobody was searched for or created.',
    late_data_unused: 'Late call data found no record of its conversation within the hold time.',
  },
  errors: {
    INVALID_DATA: 'Zoho refused a value: it has the wrong format or is not allowed in this field.',
    MANDATORY_NOT_FOUND: 'A field Zoho requires was empty. Map a value to it in the settings.',
    DUPLICATE_DATA: 'Zoho already has a record with this unique value.',
    TOO_MANY_REQUESTS: 'Zoho’s rate limit was reached. The event is tried again automatically.',
    zoho_unreachable: 'Zoho CRM could not be reached. The event is tried again automatically.',
    needs_reconnect: 'The Zoho connection must be renewed. The event resumes after reconnecting.',
    not_connected: 'Zoho CRM is not connected.',
    internal: 'Something went wrong on our side. Retry the event; if it fails again, contact support.',
    credit_budget_reached:
      'This tenant’s limit of Zoho credits per 24 hours is used up. The event waits and runs when credits free up; raise the limit under Settings → Limits.',
    attachment_download_deferred:
      'A file could not be downloaded yet. The records are in Zoho; the file is tried again automatically.',
    other: 'Zoho refused the record.',
  },
};

type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type EventsMessages = Messages<typeof eventsEn>;
