import { describe, expect, it } from 'vitest';
import { localeFiles } from '../resources';

// Reads the locale files themselves, not the loader, so how they are bundled or lazy-loaded cannot hide
// a gap: every namespace, every language, every key.
type Tree = { readonly [key: string]: string | Tree };
type Other = 'de' | 'ja' | 'ru';

/** Every locale file found (`locale-files.ts`), grouped by namespace: a new feature's texts are checked too. */
const NAMESPACES: Record<string, Partial<Record<'en' | Other, Tree>>> = {};
for (const file of localeFiles) (NAMESPACES[file.namespace] ??= {})[file.language] = file.tree as Tree;

/**
 * Texts that are deliberately the same as the English one. Product and brand names stay as they are in
 * every language; the German entries are words German writes exactly like English.
 */
const SAME_AS_ENGLISH: Record<Other | 'all', readonly string[]> = {
  all: ['CX Connector', '{{page}} · CX Connector', 'Zoho CRM', 'E.164'],
  de: [
    'Connector Hub',
    'In Zoho CRM',
    '{{channel}} in Zoho CRM',
    'Agent',
    'China',
    'Code',
    'Details',
    'Import',
    'Japan',
    'Lead',
    'Leads',
    'Limits',
    'Meetings',
    'Name',
    'Person',
    'Pipeline',
    'Problem',
    'Position {{n}}',
    'Status',
    'Test',
    'Version',
    'Variable',
    'Version {{number}}',
  ],
  ja: [],
  ru: [],
};

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

/** Only variables, arrows and punctuation (`{{label}} ({{apiName}})`): there is nothing to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

const cases = Object.entries(NAMESPACES).flatMap(([namespace, locales]) =>
  (['de', 'ja', 'ru'] as const).map((language) => ({ namespace, language, locales })),
);
const treeIn = (locales: Partial<Record<'en' | Other, Tree>>, language: 'en' | Other): Tree =>
  locales[language] ?? {};

describe.each(cases)('$namespace in $language', ({ language, locales }) => {
  const english = flatten(treeIn(locales, 'en'));
  const messages = flatten(treeIn(locales, language));

  it('has every key of English and no other', () => {
    const missing = [...english.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('is translated: no text left in English but the deliberate exceptions', () => {
    const allowed = new Set([...SAME_AS_ENGLISH.all, ...SAME_AS_ENGLISH[language]]);
    const untranslated = [...messages]
      .filter(([key, text]) => text === english.get(key) && hasWords(text) && !allowed.has(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(untranslated).toEqual([]);
  });
});

describe('the exceptions', () => {
  it('are all still needed, so the list stays short and true', () => {
    const used = new Set<string>();
    for (const { language, locales } of cases) {
      const english = flatten(treeIn(locales, 'en'));
      for (const [key, text] of flatten(treeIn(locales, language)))
        if (english.get(key) === text) used.add(text);
    }
    const stale = [...SAME_AS_ENGLISH.de, ...SAME_AS_ENGLISH.ja, ...SAME_AS_ENGLISH.ru].filter(
      (text) => !used.has(text),
    );
    expect(stale).toEqual([]);
  });
});
