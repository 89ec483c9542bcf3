import type { Language } from './languages';
import { de } from './locales/de';
import { en } from './locales/en';
import { eventsDe } from './locales/events/de';
import { eventsEn } from './locales/events/en';
import { eventsJa } from './locales/events/ja';
import { eventsRu } from './locales/events/ru';
import { ja } from './locales/ja';
import { ru } from './locales/ru';

/**
 * What the first chunk carries: the shell's namespace and the small shared `events` one. The screens'
 * namespaces (`settings`, `agentPanel`, `activity`) load with them, see `lazy-namespaces.ts`;
 * `resources.ts` lists every namespace for the parity test.
 */
export const bundledResources = {
  en: { translation: en, events: eventsEn },
  de: { translation: de, events: eventsDe },
  ja: { translation: ja, events: eventsJa },
  ru: { translation: ru, events: eventsRu },
} as const satisfies Record<Language, { translation: unknown; events: unknown }>;

export const BUNDLED_NAMESPACES = ['translation', 'events'] as const;
