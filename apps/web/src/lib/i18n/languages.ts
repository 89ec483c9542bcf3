export const LANGUAGES = ['en', 'de', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's explicit choice; nothing else is stored. */
export const LANGUAGE_STORAGE_KEY = 'cxc.language';

/**
 * Each language named in itself, for the switcher: it lists all four while only the current one's texts
 * are loaded. The same as each locale's `language.autonym` (checked by locales.test.ts).
 */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  ja: '日本語',
  ru: 'Русский',
};
