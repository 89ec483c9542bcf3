import 'i18next';
import type { activityEn } from '@/features/activity/locales/en';
import type { agentPanelEn } from '@/features/agent-panel/locales/en';
import type { en } from './locales/en';
import type { eventsEn } from './locales/events/en';
import type { settingsEn } from '@/lib/settings/locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      settings: typeof settingsEn;
      agentPanel: typeof agentPanelEn;
      activity: typeof activityEn;
      events: typeof eventsEn;
    };
  }
}
