import type { Language } from './languages';
import { activityDe } from '@/features/activity/locales/de';
import { activityEn } from '@/features/activity/locales/en';
import { activityJa } from '@/features/activity/locales/ja';
import { activityRu } from '@/features/activity/locales/ru';
import { agentPanelDe } from '@/features/agent-panel/locales/de';
import { agentPanelEn } from '@/features/agent-panel/locales/en';
import { agentPanelJa } from '@/features/agent-panel/locales/ja';
import { agentPanelRu } from '@/features/agent-panel/locales/ru';
import { de } from './locales/de';
import { eventsDe } from './locales/events/de';
import { eventsEn } from './locales/events/en';
import { eventsJa } from './locales/events/ja';
import { eventsRu } from './locales/events/ru';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ru } from './locales/ru';
import { settingsDe } from '@/lib/settings/locales/de';
import { settingsEn } from '@/lib/settings/locales/en';
import { settingsJa } from '@/lib/settings/locales/ja';
import { settingsRu } from '@/lib/settings/locales/ru';

/**
 * Every namespace of every language, for the parity test and as the shape the types follow; the app
 * bundles only part of it (`bundled-resources.ts`) and loads the rest per screen (`lazy-namespaces.ts`).
 * `settings`: the Zoho CRM settings editor's namespace (`useTranslation('settings')`); `agentPanel`: the
 * agent panel's (`useTranslation('agentPanel')`); `activity`: the activity log's (`useTranslation('activity')`);
 * `events`: event types, skip reasons and error explanations both of those show (`useTranslation('events')`).
 */
export const resources = {
  en: {
    translation: en,
    settings: settingsEn,
    agentPanel: agentPanelEn,
    activity: activityEn,
    events: eventsEn,
  },
  de: {
    translation: de,
    settings: settingsDe,
    agentPanel: agentPanelDe,
    activity: activityDe,
    events: eventsDe,
  },
  ja: {
    translation: ja,
    settings: settingsJa,
    agentPanel: agentPanelJa,
    activity: activityJa,
    events: eventsJa,
  },
  ru: {
    translation: ru,
    settings: settingsRu,
    agentPanel: agentPanelRu,
    activity: activityRu,
    events: eventsRu,
  },
} as const satisfies Record<
  Language,
  { translation: unknown; settings: unknown; agentPanel: unknown; activity: unknown; events: unknown }
>;
