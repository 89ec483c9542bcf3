import { type Channel, PRESETS } from './channels.ts';
import type { ChannelSettings } from './channel-settings.ts';
import {
  DEFAULT_CALL_DESCRIPTION_TEMPLATE,
  DEFAULT_CALL_SUBJECT_TEMPLATE,
  DEFAULT_DEAL_NAME_TEMPLATE,
  DEFAULT_DESCRIPTION_TEMPLATE,
  DEFAULT_MEETING_NOTE_TEMPLATE,
  DEFAULT_MEETING_TITLE_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
} from './default-templates.ts';
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

function texts(channel: Channel): { subject: string; description: string } {
  if (channel === 'calls')
    return { subject: DEFAULT_CALL_SUBJECT_TEMPLATE, description: DEFAULT_CALL_DESCRIPTION_TEMPLATE };
  if (channel === 'meetings')
    return { subject: DEFAULT_MEETING_TITLE_TEMPLATE, description: DEFAULT_MEETING_NOTE_TEMPLATE };
  return { subject: DEFAULT_SUBJECT_TEMPLATE, description: DEFAULT_DESCRIPTION_TEMPLATE };
}

/** CloudCX's field table, plus the fallback that keeps the mandatory Last_Name filled. */
export function defaultModuleRows(channel: Channel, module: TargetModule): MappingRow[] {
  const { subject, description } = texts(channel);
  switch (module) {
    case 'Leads':
      return [
        field('Last_Name', 'visitor.name', 'Visitor'),
        field('Email', 'visitor.email'),
        field('Phone', 'visitor.phone'),
        field('Company', 'visitor.company'),
      ];
    case 'Contacts':
      return [
        field('Last_Name', 'visitor.name', 'Visitor'),
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
      return [template('Deal_Name', DEFAULT_DEAL_NAME_TEMPLATE)];
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

const DEFAULT_RULES: Record<Channel, Rule[]> = {
  web_chat: [
    rule('chat-ended', 'Every ended chat', 'chat.ended'),
    rule('offline-message', 'Offline messages', 'offline_message.received'),
  ],
  inbox: [rule('conversation-started', 'Every new conversation', 'conversation.started')],
  calls: [
    rule('missed-call', 'Missed calls', 'call.missed'),
    rule('call-ended', 'Every ended call', 'call.ended'),
  ],
  meetings: [rule('meeting-ended', 'Every ended meeting', 'meeting.ended')],
};

/** Off and manual until the admin has connected Zoho and passed preflight. */
export function defaultChannelSettings(channel: Channel): ChannelSettings {
  const targets = PRESETS.sales[channel];
  const mapping: ChannelSettings['mapping'] = {};
  for (const module of ['Leads', 'Contacts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes'] as const) {
    mapping[module] = defaultModuleRows(channel, module);
  }
  return {
    enabled: false,
    mode: 'manual',
    visitorAs: targets.visitorAs,
    conversationAs: [...targets.conversationAs],
    createDeal: { enabled: false },
    rules: DEFAULT_RULES[channel].map((r) => ({ ...r, conditions: [], writes: { ...r.writes } })),
    mapping,
    attachments: { ...DEFAULT_ATTACHMENT_SETTINGS },
  };
}
