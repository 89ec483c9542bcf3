import { zohoConnectionDe } from '@/features/zoho-connection/locales/de';
import { zohoConnectionEn } from '@/features/zoho-connection/locales/en';
import { zohoConnectionJa } from '@/features/zoho-connection/locales/ja';
import { zohoConnectionRu } from '@/features/zoho-connection/locales/ru';
import type { Language } from './languages';
import { identificationDe } from './locales/identification/de';
import { identificationEn } from './locales/identification/en';
import { identificationJa } from './locales/identification/ja';
import { identificationRu } from './locales/identification/ru';
import { activityDe } from './locales/activity/de';
import { activityEn } from './locales/activity/en';
import { activityJa } from './locales/activity/ja';
import { activityRu } from './locales/activity/ru';
import { agentPanelDe } from './locales/agent-panel/de';
import { agentPanelEn } from './locales/agent-panel/en';
import { agentPanelJa } from './locales/agent-panel/ja';
import { agentPanelRu } from './locales/agent-panel/ru';
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
    zohoConnection: zohoConnectionEn,
    identification: identificationEn,
  },
  de: {
    translation: de,
    settings: settingsDe,
    agentPanel: agentPanelDe,
    activity: activityDe,
    events: eventsDe,
    zohoConnection: zohoConnectionDe,
    identification: identificationDe,
  },
  ja: {
    translation: ja,
    settings: settingsJa,
    agentPanel: agentPanelJa,
    activity: activityJa,
    events: eventsJa,
    zohoConnection: zohoConnectionJa,
    identification: identificationJa,
  },
  ru: {
    translation: ru,
    settings: settingsRu,
    agentPanel: agentPanelRu,
    activity: activityRu,
    events: eventsRu,
    zohoConnection: zohoConnectionRu,
    identification: identificationRu,
  },
} as const satisfies Record<
  Language,
  {
    translation: unknown;
    settings: unknown;
    agentPanel: unknown;
    activity: unknown;
    events: unknown;
    zohoConnection: unknown;
    identification: unknown;
  }
>;
