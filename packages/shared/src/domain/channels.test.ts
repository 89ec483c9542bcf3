import { describe, expect, it } from 'vitest';
import {
  CHANNEL_TRIGGERS,
  CHANNELS,
  channelOfTrigger,
  isTriggerOfChannel,
  PRESETS,
  triggerSchema,
} from './channels.ts';

describe('channels and triggers', () => {
  it('assigns every trigger to exactly one channel', () => {
    for (const trigger of triggerSchema.options) {
      expect(CHANNELS.filter((c) => isTriggerOfChannel(trigger, c))).toEqual([channelOfTrigger(trigger)]);
    }
    expect(CHANNEL_TRIGGERS.calls).toEqual(['call.ended', 'call.missed', 'call.ringing', 'call.answered']);
  });

  it('has the sales and support presets of CloudCX', () => {
    expect(PRESETS.sales.web_chat).toEqual({ visitorAs: 'Leads', conversationAs: ['Tasks'] });
    expect(PRESETS.support.inbox).toEqual({ visitorAs: 'Contacts', conversationAs: ['Cases'] });
    expect(PRESETS.support.calls.conversationAs).toEqual(['Calls']);
    expect(PRESETS.sales.meetings.conversationAs).toEqual(['Notes']);
  });
});
