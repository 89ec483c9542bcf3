import 'i18next';
import type { activityEn } from './locales/activity/en';
import type { agentPanelEn } from './locales/agent-panel/en';
import type { customerDataEn } from './locales/customer-data/en';
import type { en } from './locales/en';
import type { eventsEn } from './locales/events/en';
import type { settingsEn } from './locales/settings/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      settings: typeof settingsEn;
      agentPanel: typeof agentPanelEn;
      activity: typeof activityEn;
      events: typeof eventsEn;
      customerData: typeof customerDataEn;
    };
  }
}
