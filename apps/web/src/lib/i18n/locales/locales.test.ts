import { describe, expect, it } from 'vitest';
import { LANGUAGE_AUTONYMS, LANGUAGES } from '../languages';
import { resources } from '../resources';

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

const english = flatten(resources.en.translation);

describe('locales', () => {
  it('bundles exactly en, de, ja and ru', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has exactly the keys of en', (language) => {
    const messages = flatten(resources[language].translation);
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)('%s names itself in the language switcher as its locale does', (language) => {
    expect(LANGUAGE_AUTONYMS[language]).toBe(resources[language].translation.language.autonym);
  });

  it.each(LANGUAGES)('%s has no empty values', (language) => {
    const empty = [...flatten(resources[language].translation)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same interpolation variables as en', (language) => {
    for (const [key, text] of flatten(resources[language].translation)) {
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(resources[language].translation);
      const same = [...messages].filter(([key, text]) => english.get(key) === text).length;
      // Product names and the brand may coincide; sentences may not.
      expect(same / messages.size).toBeLessThan(0.15);
      expect(messages.get('language.autonym')).not.toBe(english.get('language.autonym'));
    },
  );
});

describe('agentPanel namespace', () => {
  const englishPanel = flatten(resources.en.agentPanel);

  it.each(LANGUAGES)('%s has exactly the keys of en, none empty, same variables', (language) => {
    const messages = flatten(resources[language].agentPanel);
    expect([...messages.keys()].sort()).toEqual([...englishPanel.keys()].sort());
    expect([...messages].filter(([, text]) => text.trim() === '')).toEqual([]);
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(englishPanel.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(resources[language].agentPanel);
      const same = [...messages].filter(([key, text]) => englishPanel.get(key) === text).length;
      expect(same / messages.size).toBeLessThan(0.15);
    },
  );
});

describe('settings namespace', () => {
  const englishSettings = flatten(resources.en.settings);

  it.each(LANGUAGES)('%s has exactly the keys of en, none empty, same variables', (language) => {
    const messages = flatten(resources[language].settings);
    expect([...messages.keys()].sort()).toEqual([...englishSettings.keys()].sort());
    expect([...messages].filter(([, text]) => text.trim() === '')).toEqual([]);
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(englishSettings.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(resources[language].settings);
      const same = [...messages].filter(([key, text]) => englishSettings.get(key) === text).length;
      expect(same / messages.size).toBeLessThan(0.15);
    },
  );
});

describe('activity namespace', () => {
  const englishActivity = flatten(resources.en.activity);

  it.each(LANGUAGES)('%s has exactly the keys of en, none empty, same variables', (language) => {
    const messages = flatten(resources[language].activity);
    expect([...messages.keys()].sort()).toEqual([...englishActivity.keys()].sort());
    expect([...messages].filter(([, text]) => text.trim() === '')).toEqual([]);
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(englishActivity.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(resources[language].activity);
      const same = [...messages].filter(([key, text]) => englishActivity.get(key) === text).length;
      expect(same / messages.size).toBeLessThan(0.15);
    },
  );
});

describe('events namespace', () => {
  const englishEvents = flatten(resources.en.events);

  it.each(LANGUAGES)('%s has exactly the keys of en, none empty, same variables', (language) => {
    const messages = flatten(resources[language].events);
    expect([...messages.keys()].sort()).toEqual([...englishEvents.keys()].sort());
    expect([...messages].filter(([, text]) => text.trim() === '')).toEqual([]);
    for (const [key, text] of messages) {
      expect(placeholders(text), key).toEqual(placeholders(englishEvents.get(key) ?? ''));
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not a copy of en',
    (language) => {
      const messages = flatten(resources[language].events);
      const same = [...messages].filter(([key, text]) => englishEvents.get(key) === text).length;
      expect(same / messages.size).toBeLessThan(0.15);
    },
  );
});
