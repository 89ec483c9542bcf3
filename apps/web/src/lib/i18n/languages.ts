export const LANGUAGES = ['en', 'de', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's explicit choice; nothing else is stored. */
export const LANGUAGE_STORAGE_KEY = 'cxc.language';
