import 'i18next';
import type { activityEn } from '@/features/activity/locales/en';
import type { agentPanelEn } from '@/features/agent-panel/locales/en';
import type { customerDataEn } from '@/features/customer-data/locales/en';
import type { channelsEn } from '@/features/channels/locales/en';
import type { dryRunEn } from '@/features/dry-run/locales/en';
import type { guidedStartEn } from '@/features/guided-start/locales/en';
import type { fieldMappingEn } from '@/features/field-mapping/locales/en';
import type { identificationEn } from '@/features/identification/locales/en';
import type { limitsEn } from '@/features/limits/locales/en';
import type { recordsEn } from '@/features/records/locales/en';
import type { matchReviewsEn } from '@/features/match-reviews/locales/en';
import type { ownersEn } from '@/features/owners/locales/en';
import type { settingsVersionsEn } from '@/features/settings-versions/locales/en';
import type { settingsEn } from '@/lib/settings/locales/en';
import type { en } from '@/lib/i18n/locales/en';
import type { eventsEn } from '@/lib/i18n/locales/events/en';
import type { whoMatchedEn } from '@/lib/i18n/locales/who-matched/en';
import type { zohoConnectionEn } from '@/features/zoho-connection/locales/en';

/**
 * The namespaces and their English shape, for typed `t`. The files themselves are found by where they
 * sit (`locale-files.ts`); `locales.test.ts` checks this list and the files name the same namespaces.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      events: typeof eventsEn;
      settings: typeof settingsEn;
      channels: typeof channelsEn;
      fieldMapping: typeof fieldMappingEn;
      identification: typeof identificationEn;
      owners: typeof ownersEn;
      limits: typeof limitsEn;
      records: typeof recordsEn;
      matchReviews: typeof matchReviewsEn;
      settingsVersions: typeof settingsVersionsEn;
      dryRun: typeof dryRunEn;
      guidedStart: typeof guidedStartEn;
      agentPanel: typeof agentPanelEn;
      activity: typeof activityEn;
      whoMatched: typeof whoMatchedEn;
      zohoConnection: typeof zohoConnectionEn;
      customerData: typeof customerDataEn;
    };
  }
}
