import type { Language } from './languages';
import { activityDe } from './locales/activity/de';
import { activityEn } from './locales/activity/en';
import { activityJa } from './locales/activity/ja';
import { activityRu } from './locales/activity/ru';
import { agentPanelDe } from './locales/agent-panel/de';
import { agentPanelEn } from './locales/agent-panel/en';
import { agentPanelJa } from './locales/agent-panel/ja';
import { agentPanelRu } from './locales/agent-panel/ru';
import { de } from './locales/de';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { ru } from './locales/ru';
import { settingsDe } from './locales/settings/de';
import { settingsEn } from './locales/settings/en';
import { settingsJa } from './locales/settings/ja';
import { settingsRu } from './locales/settings/ru';

/**
 * `settings`: the Zoho CRM settings editor's namespace (`useTranslation('settings')`); `agentPanel`: the
 * agent panel's (`useTranslation('agentPanel')`); `activity`: the activity log's (`useTranslation('activity')`).
 */
export const resources = {
  en: { translation: en, settings: settingsEn, agentPanel: agentPanelEn, activity: activityEn },
  de: { translation: de, settings: settingsDe, agentPanel: agentPanelDe, activity: activityDe },
  ja: { translation: ja, settings: settingsJa, agentPanel: agentPanelJa, activity: activityJa },
  ru: { translation: ru, settings: settingsRu, agentPanel: agentPanelRu, activity: activityRu },
} as const satisfies Record<
  Language,
  { translation: unknown; settings: unknown; agentPanel: unknown; activity: unknown }
>;
