import { type ContentLanguage, DEFAULT_CONTENT_LANGUAGE } from './content-language.ts';
import { DEFAULT_WORDS } from './default-words.ts';

export interface DefaultTemplates {
  description: string;
  callDescription: string;
  meetingNote: string;
  subject: string;
  callSubject: string;
  meetingTitle: string;
  dealName: string;
}

/** A `prefix` argument: the label, its colon and either a space or a new line, quoted for the template. */
const label = (text: string, newline = false) => `"${text}:${newline ? '\\n' : ' '}"`;

/**
 * Default texts in the tenant's language. Following CloudCX's table: the Subject names the channel and
 * the visitor; the Description carries transcript, ids, notes, wrap-up, times, custom fields, variables
 * and the page. Each optional line uses `prefix`, so it disappears when the event has no value for it.
 */
export function defaultTemplates(language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE): DefaultTemplates {
  const w = DEFAULT_WORDS[language];
  const agentLine = `{{agent.name | default:agent.email | prefix:${label(w.agent)}}}`;
  return {
    description: [
      `{{conversation.transcript | prefix:${label(w.transcript, true)}}}`,
      `{{message.subject | prefix:${label(w.subject)}}}`,
      '{{message.text}}',
      '',
      `{{conversation.notes | prefix:${label(w.notes)}}}`,
      `{{conversation.wrap_up | prefix:${label(w.wrapUp)}}}`,
      '',
      `{{channel | prefix:${label(w.channel)}}}`,
      `{{conversation.id | prefix:${label(w.conversationId)}}}`,
      agentLine,
      `{{conversation.started_at | prefix:${label(w.started)}}}`,
      `{{conversation.ended_at | prefix:${label(w.ended)}}}`,
      `{{conversation.page_url | prefix:${label(w.requestPage)}}}`,
      `{{custom | prefix:${label(w.customFields, true)}}}`,
      `{{variables | prefix:${label(w.variables, true)}}}`,
      `{{conversation.attachments | prefix:${label(w.attachments, true)}}}`,
    ].join('\n'),
    callDescription: [
      w.callLine,
      `{{call.caller | prefix:${label(w.from)}}}`,
      `{{call.callee | prefix:${label(w.to)}}}`,
      `{{call.queue | prefix:${label(w.queue)}}}`,
      `{{call.outbound_route | prefix:${label(w.outboundRoute)}}}`,
      agentLine,
      `{{call.recording_url | prefix:${label(w.recording)}}}`,
      '',
      `{{conversation.notes | prefix:${label(w.notes)}}}`,
      `{{conversation.wrap_up | prefix:${label(w.wrapUp)}}}`,
      `{{conversation.transcript | prefix:${label(w.transcript, true)}}}`,
    ].join('\n'),
    // Front Agent's lesson: the API user authors the Note, so the agent's name goes in the text.
    meetingNote: [
      `{{meeting.report | prefix:${label(w.report, true)}}}`,
      '',
      `{{conversation.transcript | prefix:${label(w.transcript, true)}}}`,
      '',
      agentLine,
      `{{conversation.started_at | prefix:${label(w.started)}}}`,
      `{{conversation.ended_at | prefix:${label(w.ended)}}}`,
    ].join('\n'),
    subject: w.chatSubject(
      '{{channel}}',
      `{{visitor.name | default:visitor.email | default:"${w.visitor}"}}`,
    ),
    callSubject: w.callSubject(`{{visitor.name | default:visitor.phone | default:"${w.unknownCaller}"}}`),
    meetingTitle: `${w.meeting}{{meeting.title | prefix:": "}}`,
    dealName: `{{visitor.company | default:visitor.name | default:"${w.newVisitor}"}} ({{channel}})`,
  };
}

const english = defaultTemplates('en');
export const DEFAULT_DESCRIPTION_TEMPLATE = english.description;
export const DEFAULT_CALL_DESCRIPTION_TEMPLATE = english.callDescription;
export const DEFAULT_MEETING_NOTE_TEMPLATE = english.meetingNote;
export const DEFAULT_SUBJECT_TEMPLATE = english.subject;
export const DEFAULT_CALL_SUBJECT_TEMPLATE = english.callSubject;
export const DEFAULT_MEETING_TITLE_TEMPLATE = english.meetingTitle;
export const DEFAULT_DEAL_NAME_TEMPLATE = english.dealName;
