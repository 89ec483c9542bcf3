import type { Language } from './languages';
import { activityDe } from './locales/activity/de';
import { activityEn } from './locales/activity/en';
import { activityJa } from './locales/activity/ja';
import { activityRu } from './locales/activity/ru';
import { agentPanelDe } from './locales/agent-panel/de';
import { agentPanelEn } from './locales/agent-panel/en';
import { agentPanelJa } from './locales/agent-panel/ja';
import { agentPanelRu } from './locales/agent-panel/ru';
import { customerDataDe } from './locales/customer-data/de';
import { customerDataEn } from './locales/customer-data/en';
import { customerDataJa } from './locales/customer-data/ja';
import { customerDataRu } from './locales/customer-data/ru';
import { de } from './locales/de';
import { eventsDe } from './locales/events/de';
import { eventsEn } from './locales/events/en';
import { eventsJa } from './locales/events/ja';
import { eventsRu } from './locales/events/ru';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ru } from './locales/ru';
import { settingsDe } from './locales/settings/de';
import { settingsEn } from './locales/settings/en';
import { settingsJa } from './locales/settings/ja';
import { settingsRu } from './locales/settings/ru';

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
    customerData: customerDataEn,
  },
  de: {
    translation: de,
    settings: settingsDe,
    agentPanel: agentPanelDe,
    activity: activityDe,
    events: eventsDe,
    customerData: customerDataDe,
  },
  ja: {
    translation: ja,
    settings: settingsJa,
    agentPanel: agentPanelJa,
    activity: activityJa,
    events: eventsJa,
    customerData: customerDataJa,
  },
  ru: {
    translation: ru,
    settings: settingsRu,
    agentPanel: agentPanelRu,
    activity: activityRu,
    events: eventsRu,
    customerData: customerDataRu,
  },
} as const satisfies Record<
  Language,
  {
    translation: unknown;
    settings: unknown;
    agentPanel: unknown;
    activity: unknown;
    events: unknown;
    customerData: unknown;
  }
>;
