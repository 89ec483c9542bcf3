import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { settingsDe } from './locales/de';
import { settingsEn } from './locales/en';
import { settingsJa } from './locales/ja';
import { settingsRu } from './locales/ru';

// Named by the channel or module label instead (use-describe-path).
const NAMED_ELSEWHERE = new Set(['channels', 'web_chat', 'inbox', 'calls', 'meetings', 'Leads', 'Contacts']);
const MODULES = new Set(['Accounts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes']);

/** Every `parent|key` of settings with each optional part filled, so diffs of any of them have words. */
function settingsKeys(): string[] {
  const full = {
    ...defaultSettings(),
    timeZone: 'America/New_York',
    automation: { creditBudgetPer24h: 5000 },
  };
  const keys = new Set<string>();
  const walk = (value: unknown, parent: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, parent);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        keys.add(`${parent}|${key}`);
        walk(item, key);
      }
  };
  walk(full, '');
  return [...keys];
}

describe('settings paths in words', () => {
  it.each([
    ['en', settingsEn],
    ['de', settingsDe],
    ['ja', settingsJa],
    ['ru', settingsRu],
  ])('%s names every key a version diff can show (no “automation › creditBudgetPer24h”)', (_, locale) => {
    const labels: Record<string, string> = locale.pathLabel;
    const missing = settingsKeys().filter((pair) => {
      const [parent = '', key = ''] = pair.split('|');
      if (NAMED_ELSEWHERE.has(key) || MODULES.has(key)) return false;
      return !(key in labels) && !(`${parent}_${key}` in labels);
    });
    expect(missing).toEqual([]);
  });
});
