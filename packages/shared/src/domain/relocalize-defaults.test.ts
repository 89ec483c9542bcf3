import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from './content-language.ts';
import { defaultTemplates } from './default-templates.ts';
import { relocalizeDefaults } from './relocalize-defaults.ts';
import { applyPreset, defaultSettings, integrationSettingsSchema } from './settings.ts';
import { renderTemplate } from './template.ts';
import { parseTemplate } from './template-parse.ts';
import { event as chatEnded } from './testing/events.ts';

describe('the tenant language', () => {
  it('defaults to English, and settings saved before it existed still parse', () => {
    expect(defaultSettings().language).toBe('en');
    expect(defaultSettings().channels.web_chat.rules[0]?.name).toBe('Every ended chat');
    const { language: _, ...old } = defaultSettings();
    expect(integrationSettingsSchema.safeParse(old).success).toBe(true);
  });

  it('refuses a language it cannot write in', () => {
    const result = integrationSettingsSchema.safeParse({ ...defaultSettings(), language: 'xx' });
    expect(result.success).toBe(false);
    expect(integrationSettingsSchema.safeParse({ ...defaultSettings(), language: '' }).success).toBe(false);
  });

  it.each(CONTENT_LANGUAGES)('creates valid defaults in %s whose templates parse', (language) => {
    const settings = defaultSettings({ language });
    expect(integrationSettingsSchema.parse(settings)).toEqual(settings);
    for (const template of Object.values<string>({ ...defaultTemplates(language) })) {
      expect(parseTemplate(template).issues).toEqual([]);
    }
  });

  it('names default rules and writes template words in the chosen language', () => {
    const settings = defaultSettings({ language: 'de' });
    expect(settings.channels.calls.rules.map((r) => r.name)).toEqual([
      'Verpasste Anrufe',
      'Jeder beendete Anruf',
    ]);
    const task = settings.channels.web_chat.mapping.Tasks ?? [];
    const description = task.find((row) => row.zohoField === 'Description')?.source;
    expect(description?.kind === 'template' ? description.template : '').toContain('"Verlauf:\\n"');
    expect(JSON.stringify(defaultSettings({ language: 'ja' }).channels)).not.toContain('Transcript');
  });

  it('adds preset rows in the tenant language', () => {
    const settings = defaultSettings({ language: 'ru' });
    const emptied = {
      ...settings,
      channels: { ...settings.channels, inbox: { ...settings.channels.inbox, mapping: {} } },
    };
    const preset = applyPreset(emptied, 'inbox', 'support');
    expect(JSON.stringify(preset.channels.inbox.mapping)).toContain('Расшифровка');
  });
});

describe('relocalizeDefaults', () => {
  it('moves untouched defaults into the new language and back', () => {
    const english = defaultSettings();
    const german = relocalizeDefaults(english, 'de');
    expect(german).toEqual(defaultSettings({ language: 'de' }));
    expect(relocalizeDefaults(german, 'en')).toEqual(english);
  });

  it('keeps what the admin wrote, in whatever language', () => {
    const settings = defaultSettings();
    const chat = settings.channels.web_chat;
    const edited = {
      ...settings,
      channels: {
        ...settings.channels,
        web_chat: {
          ...chat,
          rules: [{ ...chat.rules[0]!, name: 'VIP chats 🙂' }, ...chat.rules.slice(1)],
          mapping: {
            ...chat.mapping,
            Notes: [{ zohoField: 'Note_Title', source: { kind: 'template' as const, template: 'محادثة' } }],
          },
        },
      },
    };
    const japanese = relocalizeDefaults(edited, 'ja');
    expect(japanese.language).toBe('ja');
    expect(japanese.channels.web_chat.rules.map((r) => r.name)).toEqual([
      'VIP chats 🙂',
      'オフラインメッセージ',
    ]);
    expect(japanese.channels.web_chat.mapping.Notes).toEqual(edited.channels.web_chat.mapping.Notes);
  });

  it('changes nothing but the field when the language is the same', () => {
    const settings = defaultSettings({ language: 'de' });
    expect(relocalizeDefaults(settings, 'de')).toEqual(settings);
  });
});

describe('what the connector writes at run time', () => {
  const event = chatEnded('chat.ended');

  it('names the channel and the speakers in the tenant language', () => {
    const german = renderTemplate('{{channel}}\n{{conversation.transcript}}', event, { language: 'de' });
    expect(german.text).toContain('Web-Chat');
    expect(german.text).toMatch(/\((Besucher|Mitarbeiter)\)/);
    expect(german.text).not.toMatch(/\((Visitor|Agent)\)/);
  });

  it('stays English when no language is set', () => {
    expect(renderTemplate('{{channel}}', event).text).toBe('Web chat');
  });
});
