/**
 * Default texts. Following CloudCX's table: the Subject names the channel and the visitor; the
 * Description carries transcript, ids, notes, wrap-up, times, custom fields, variables and the page.
 * Each optional line uses `prefix`, so it disappears when the event has no value for it.
 */
export const DEFAULT_DESCRIPTION_TEMPLATE = [
  '{{conversation.transcript | prefix:"Transcript:\\n"}}',
  '{{message.subject | prefix:"Subject: "}}',
  '{{message.text}}',
  '',
  '{{conversation.notes | prefix:"Notes: "}}',
  '{{conversation.wrap_up | prefix:"Wrap-up: "}}',
  '',
  '{{channel | prefix:"Channel: "}}',
  '{{conversation.id | prefix:"Conversation ID: "}}',
  '{{agent.name | default:agent.email | prefix:"Agent: "}}',
  '{{conversation.started_at | prefix:"Started: "}}',
  '{{conversation.ended_at | prefix:"Ended: "}}',
  '{{conversation.page_url | prefix:"Request page: "}}',
  '{{custom | prefix:"Custom fields:\\n"}}',
  '{{variables | prefix:"Variables:\\n"}}',
  '{{conversation.attachments | prefix:"Attachments:\\n"}}',
].join('\n');

export const DEFAULT_CALL_DESCRIPTION_TEMPLATE = [
  '{{call.direction | capitalize}} call, {{call.status}}, {{call.duration | mmss}}',
  '{{call.caller | prefix:"From: "}}',
  '{{call.callee | prefix:"To: "}}',
  '{{call.queue | prefix:"Queue: "}}',
  '{{call.outbound_route | prefix:"Outbound route: "}}',
  '{{agent.name | default:agent.email | prefix:"Agent: "}}',
  '{{call.recording_url | prefix:"Recording: "}}',
  '',
  '{{conversation.notes | prefix:"Notes: "}}',
  '{{conversation.wrap_up | prefix:"Wrap-up: "}}',
  '{{conversation.transcript | prefix:"Transcript:\\n"}}',
].join('\n');

/** Front Agent's lesson: the API user authors the Note, so the agent's name goes in the text. */
export const DEFAULT_MEETING_NOTE_TEMPLATE = [
  '{{meeting.report | prefix:"Report:\\n"}}',
  '',
  '{{conversation.transcript | prefix:"Transcript:\\n"}}',
  '',
  '{{agent.name | default:agent.email | prefix:"Agent: "}}',
  '{{conversation.started_at | prefix:"Started: "}}',
  '{{conversation.ended_at | prefix:"Ended: "}}',
].join('\n');

export const DEFAULT_SUBJECT_TEMPLATE =
  '{{channel}} with {{visitor.name | default:visitor.email | default:"Visitor"}}';
export const DEFAULT_CALL_SUBJECT_TEMPLATE =
  '{{call.direction | capitalize}} call with {{visitor.name | default:visitor.phone | default:"unknown caller"}}';
export const DEFAULT_MEETING_TITLE_TEMPLATE = 'Meeting{{meeting.title | prefix:": "}}';
export const DEFAULT_DEAL_NAME_TEMPLATE =
  '{{visitor.company | default:visitor.name | default:"New visitor"}} ({{channel}})';
