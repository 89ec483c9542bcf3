import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `limits` namespace: the limits of automatic mode (automation budget). */
export const limitsEn = {
  limitsTab: {
    intro:
      'Limits on what automatic mode may spend at Zoho. The Zoho CRM card under App & Integrations shows the credits the connector used in the last 24 hours.',
    credits: 'Zoho API credits',
    creditBudget: 'Credits per 24 hours',
    creditBudgetHint:
      'At most this many Zoho API credits in any 24 hours (at least 100). Once they are used, automatic events wait and run as credits free up; nothing is lost, and the agent panel keeps working. Empty: no limit besides Zoho’s own daily limit, which the org shares with its other integrations.',
  },
} as const;

export type LimitsMessages = LocaleMessages<typeof limitsEn>;
