import { describe, expect, it } from 'vitest';
import { applyPreset, defaultSettings, integrationSettingsSchema } from './settings.ts';

describe('applyPreset', () => {
  it('turns a channel into "For Support": Contacts and Cases', () => {
    const s = applyPreset(defaultSettings(), 'web_chat', 'support');
    expect(s.channels.web_chat).toMatchObject({ visitorAs: 'Contacts', conversationAs: ['Cases'] });
    expect(s.channels.web_chat.mapping.Cases?.map((r) => r.zohoField)).toEqual([
      'Subject',
      'Description',
      'Status',
      'Case_Origin',
      'Email',
      'Phone',
    ]);
    expect(s.channels.inbox.visitorAs).toBe('Leads');
    expect(integrationSettingsSchema.safeParse(s).success).toBe(true);
  });

  it('adds the module to the search order and fills an empty mapping', () => {
    const base = defaultSettings();
    base.identification.searchOrder = ['Leads'];
    base.channels.inbox.mapping = {};
    const s = applyPreset(base, 'inbox', 'support');
    expect(s.identification.searchOrder).toEqual(['Leads', 'Contacts']);
    expect(s.channels.inbox.mapping.Contacts?.[0]).toEqual({
      zohoField: 'Last_Name',
      source: { kind: 'field', path: 'visitor.name' },
      fallback: 'Visitor',
    });
    expect(s.channels.inbox.mapping.Cases?.find((r) => r.zohoField === 'Case_Origin')?.source).toEqual({
      kind: 'constant',
      value: 'Email',
    });
    expect(base.channels.inbox.mapping).toEqual({});
  });

  it('keeps existing mapping rows of the preset modules', () => {
    const base = defaultSettings();
    base.channels.web_chat.mapping.Leads = [
      { zohoField: 'Last_Name', source: { kind: 'constant', value: 'Chat visitor' } },
    ];
    expect(applyPreset(base, 'web_chat', 'sales').channels.web_chat.mapping.Leads).toHaveLength(1);
  });
});
