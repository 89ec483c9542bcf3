import type { Language } from './languages';
import { de } from './locales/de';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ru } from './locales/ru';

export const resources = {
  en: { translation: en },
  de: { translation: de },
  ja: { translation: ja },
  ru: { translation: ru },
} as const satisfies Record<Language, { translation: unknown }>;
