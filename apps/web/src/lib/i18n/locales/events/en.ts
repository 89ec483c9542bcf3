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
  /** Our explanation of one failure (`ActivityError.detail`); Zoho's own words arrive as {{zohoMessage}}. */
  detail: {
    mandatory:
      "Zoho requires {{field}} on {{module}}, but the mapping left it empty. Map a value to it in the channel's settings.",
    mandatory_unnamed:
      "Zoho requires a field on {{module}} that the mapping left empty. Map a value to it in the channel's settings.",
    record_gone:
      'The {{module}} record {{id}} no longer exists in Zoho (deleted or merged), so it could not be updated.',
    invalid_value_unnamed: 'Zoho refused a value on {{module}}: {{zohoMessage}}. Check the mapping.',
    invalid_value:
      'Zoho refused the value of {{field}} on {{module}}: {{zohoMessage}}. Check the mapping for this field.',
    invalid_value_expected:
      'Zoho refused the value of {{field}} on {{module}} (it expects {{expected}}): {{zohoMessage}}. Check the mapping for this field.',
    duplicate: 'Zoho refused the {{module}} record: {{field}} already has this value on another record.',
    duplicate_unnamed:
      'Zoho refused the {{module}} record: a unique field already has this value on another record.',
    record_refused: 'Zoho refused the {{module}} record: {{zohoMessage}} ({{code}}).',
    attachment_deferred:
      'A file could not be downloaded yet ({{reason}}). The records are in Zoho; the file is tried again automatically.',
    needs_reconnect:
      'The Zoho CRM connection must be renewed: Zoho no longer accepts its authorization. An administrator can reconnect under Integrations.',
    not_connected: 'Zoho CRM is not connected for this tenant. Connect it under Integrations.',
    throttled: 'Zoho CRM is throttling this connection. The event is tried again in {{seconds}} seconds.',
    unreachable: 'Zoho CRM could not be reached ({{reason}}). The event is tried again automatically.',
    zoho_busy: 'Zoho CRM is busy or unavailable ({{code}}); the event is retried automatically.',
    no_permission:
      'The connected Zoho user may not write {{module}} ({{code}}): {{zohoMessage}}. Reconnect with a user who may, then retry.',
    no_permission_unnamed:
      'The connected Zoho user may not write this record ({{code}}): {{zohoMessage}}. Reconnect with a user who may, then retry.',
    refused: 'Zoho CRM refused the request: {{zohoMessage}} ({{code}}).',
    internal: 'An internal error interrupted processing; the event is retried automatically.',
    credit_budget:
      "The connector has used {{used}} Zoho credits in the last 24 hours; this tenant's limit for automatic mode is {{budget}}. The event waits and runs when credits free up, or raise the limit under Settings → Limits.",
  },
};

type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type EventsMessages = Messages<typeof eventsEn>;
