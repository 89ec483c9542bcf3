import type { CustomTypeOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_AUTONYMS, LANGUAGES } from '../languages';
import { localeFiles, resources } from '../resources';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The namespaces `app/i18next.d.ts` types; a file the types do not know, or a typed one without files, fails. */
const TYPED: Record<keyof CustomTypeOptions['resources'], true> = {
  translation: true,
  events: true,
  settings: true,
  channels: true,
  fieldMapping: true,
  identification: true,
  owners: true,
  limits: true,
  records: true,
  matchReviews: true,
  settingsVersions: true,
  dryRun: true,
  guidedStart: true,
  agentPanel: true,
  activity: true,
  whoMatched: true,
  zohoConnection: true,
  customerData: true,
};

const namespaces = Object.keys(TYPED).sort();
const tree = (language: (typeof LANGUAGES)[number], namespace: string) =>
  resources[language][namespace] as Tree;

describe('locale files', () => {
  it('name exactly the typed namespaces, each in en, de, ja and ru', () => {
    expect([...new Set(localeFiles.map((file) => file.namespace))].sort()).toEqual(namespaces);
    for (const language of LANGUAGES) expect(Object.keys(resources[language]).sort()).toEqual(namespaces);
    expect(localeFiles).toHaveLength(namespaces.length * LANGUAGES.length);
  });

  it.each(LANGUAGES)('%s names itself in the language switcher as its locale does', (language) => {
    expect(LANGUAGE_AUTONYMS[language]).toBe(flatten(tree(language, 'translation')).get('language.autonym'));
  });
});

describe.each(namespaces)('%s namespace', (namespace) => {
  const english = flatten(tree('en', namespace));

  it.each(LANGUAGES)('%s has exactly the keys of en, none empty, same variables', (language) => {
    const messages = flatten(tree(language, namespace));
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...messages].filter(([, text]) => text.trim() === '')).toEqual([]);
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(tree(language, namespace));
      const same = [...messages].filter(([key, text]) => english.get(key) === text).length;
      // Product names and the brand may coincide; sentences may not.
      expect(same / messages.size).toBeLessThan(0.15);
    },
  );
});
