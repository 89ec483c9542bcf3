import { z } from 'zod';
import type { ActivityModule, PersonModule } from './modules.ts';

export const channelSchema = z.enum(['web_chat', 'inbox', 'calls', 'meetings']);
export type Channel = z.infer<typeof channelSchema>;
export const CHANNELS = channelSchema.options;

/**
 * Triggers a rule can listen to, per channel. `call.missed` is a `call.ended` event of an unanswered
 * inbound call; `call.ringing` and `call.answered` are `call.started` events in that state (so the Lead,
 * Contact or Deal exists while the agent still talks; the call's later events update the same records).
 */
export const CHANNEL_TRIGGERS = {
  web_chat: ['chat.started', 'chat.ended', 'offline_message.received'],
  inbox: ['conversation.started', 'inbox.message.received'],
  calls: ['call.ended', 'call.missed', 'call.ringing', 'call.answered'],
  meetings: ['meeting.ended'],
} as const satisfies Record<Channel, readonly string[]>;

export type Trigger = (typeof CHANNEL_TRIGGERS)[Channel][number];

export const triggerSchema = z.enum([
  ...CHANNEL_TRIGGERS.web_chat,
  ...CHANNEL_TRIGGERS.inbox,
  ...CHANNEL_TRIGGERS.calls,
  ...CHANNEL_TRIGGERS.meetings,
]);

export function channelOfTrigger(trigger: Trigger): Channel {
  const found = (Object.keys(CHANNEL_TRIGGERS) as Channel[]).find((channel) =>
    (CHANNEL_TRIGGERS[channel] as readonly string[]).includes(trigger),
  );
  if (!found) throw new Error(`unknown trigger ${trigger}`);
  return found;
}

export function isTriggerOfChannel(trigger: string, channel: Channel): boolean {
  return (CHANNEL_TRIGGERS[channel] as readonly string[]).includes(trigger);
}

/** English names used where the CRM text needs one (`{{channel}}` in a Subject); the console translates its own. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  web_chat: 'Web chat',
  inbox: 'Inbox',
  calls: 'Call',
  meetings: 'Meeting',
};

export const presetSchema = z.enum(['sales', 'support']);
export type Preset = z.infer<typeof presetSchema>;

export interface ChannelTargets {
  visitorAs: PersonModule;
  conversationAs: ActivityModule[];
}

/**
 * "For Sales": visitors become Leads, chats Tasks. "For Support": Contacts and Cases. Calls always
 * log a Call activity and meetings a Note on the person, whichever preset is chosen.
 */
export const PRESETS: Record<Preset, Record<Channel, ChannelTargets>> = {
  sales: {
    web_chat: { visitorAs: 'Leads', conversationAs: ['Tasks'] },
    inbox: { visitorAs: 'Leads', conversationAs: ['Tasks'] },
    calls: { visitorAs: 'Leads', conversationAs: ['Calls'] },
    meetings: { visitorAs: 'Leads', conversationAs: ['Notes'] },
  },
  support: {
    web_chat: { visitorAs: 'Contacts', conversationAs: ['Cases'] },
    inbox: { visitorAs: 'Contacts', conversationAs: ['Cases'] },
    calls: { visitorAs: 'Contacts', conversationAs: ['Calls'] },
    meetings: { visitorAs: 'Contacts', conversationAs: ['Notes'] },
  },
};
