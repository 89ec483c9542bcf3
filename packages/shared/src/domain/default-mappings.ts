import { type Channel, PRESETS } from './channels.ts';
import type { ChannelSettings } from './channel-settings.ts';
import { type ContentLanguage, DEFAULT_CONTENT_LANGUAGE } from './content-language.ts';
import { type DefaultTemplates, defaultTemplates } from './default-templates.ts';
import { DEFAULT_WORDS } from './default-words.ts';
import type { MappingRow } from './mapping.ts';
import type { TargetModule } from './modules.ts';
import type { Rule } from './rule.ts';
import { DEFAULT_ATTACHMENT_SETTINGS } from './settings-attachments.ts';

const field = (zohoField: string, path: string, fallback?: string): MappingRow => ({
  zohoField,
  source: { kind: 'field', path },
  ...(fallback ? { fallback } : {}),
});
const template = (zohoField: string, t: string): MappingRow => ({
  zohoField,
  source: { kind: 'template', template: t },
});
const constant = (zohoField: string, value: string): MappingRow => ({
  zohoField,
  source: { kind: 'constant', value },
});

/** Zoho's stock Case_Origin values are Email, Phone and Web. */
const CASE_ORIGIN: Record<Channel, string> = {
  web_chat: 'Web',
  inbox: 'Email',
  calls: 'Phone',
  meetings: 'Web',
};

function texts(channel: Channel, t: DefaultTemplates): { subject: string; description: string } {
  if (channel === 'calls') return { subject: t.callSubject, description: t.callDescription };
  if (channel === 'meetings') return { subject: t.meetingTitle, description: t.meetingNote };
  return { subject: t.subject, description: t.description };
}

/**
 * CloudCX's field table, plus the fallback that keeps the mandatory Last_Name filled; the fixed words
 * are in the tenant's language (content-language.ts).
 */
export function defaultModuleRows(
  channel: Channel,
  module: TargetModule,
  language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE,
): MappingRow[] {
  const templates = defaultTemplates(language);
  const { subject, description } = texts(channel, templates);
  const visitor = DEFAULT_WORDS[language].visitor;
  switch (module) {
    case 'Leads':
      return [
        field('Last_Name', 'visitor.name', visitor),
        field('Email', 'visitor.email'),
        field('Phone', 'visitor.phone'),
        field('Company', 'visitor.company'),
      ];
    case 'Contacts':
      return [
        field('Last_Name', 'visitor.name', visitor),
        field('Email', 'visitor.email'),
        field('Phone', 'visitor.phone'),
      ];
    case 'Tasks':
      return [
        template('Subject', subject),
        field('Due_Date', 'conversation.started_at'),
        template('Description', description),
      ];
    case 'Calls':
      return [template('Subject', subject), template('Description', description)];
    case 'Cases':
      return [
        template('Subject', subject),
        template('Description', description),
        constant('Status', 'New'),
        constant('Case_Origin', CASE_ORIGIN[channel]),
        field('Email', 'visitor.email'),
        field('Phone', 'visitor.phone'),
      ];
    case 'Notes':
      return [template('Note_Title', subject), template('Note_Content', description)];
    case 'Deals':
      return [template('Deal_Name', templates.dealName)];
  }
}

const rule = (id: string, name: string, trigger: Rule['trigger']): Rule => ({
  id,
  name,
  enabled: true,
  trigger,
  conditions: [],
  writes: { person: true, activities: true, deal: false },
});

/** The default rules of each channel, named in the tenant's language. */
export function defaultRules(channel: Channel, language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE): Rule[] {
  const names = DEFAULT_WORDS[language].rules;
  const rules: Record<Channel, Rule[]> = {
    web_chat: [
      rule('chat-ended', names.chatEnded, 'chat.ended'),
      rule('offline-message', names.offlineMessages, 'offline_message.received'),
    ],
    inbox: [rule('conversation-started', names.newConversation, 'conversation.started')],
    calls: [
      rule('missed-call', names.missedCalls, 'call.missed'),
      rule('call-ended', names.callEnded, 'call.ended'),
    ],
    meetings: [rule('meeting-ended', names.meetingEnded, 'meeting.ended')],
  };
  return rules[channel];
}

/** Off and manual until the admin has connected Zoho and passed preflight. */
export function defaultChannelSettings(
  channel: Channel,
  language: ContentLanguage = DEFAULT_CONTENT_LANGUAGE,
): ChannelSettings {
  const targets = PRESETS.sales[channel];
  const mapping: ChannelSettings['mapping'] = {};
  for (const module of ['Leads', 'Contacts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes'] as const) {
    mapping[module] = defaultModuleRows(channel, module, language);
  }
  return {
    enabled: false,
    mode: 'manual',
    visitorAs: targets.visitorAs,
    conversationAs: [...targets.conversationAs],
    createDeal: { enabled: false },
    rules: defaultRules(channel, language),
    mapping,
    attachments: { ...DEFAULT_ATTACHMENT_SETTINGS },
  };
}
