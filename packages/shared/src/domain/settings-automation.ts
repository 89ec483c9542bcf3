import { z } from 'zod';

/** Zoho's smallest daily credit allowance is far above this; a lower budget would stop automation outright. */
export const MIN_CREDIT_BUDGET = 100;

/**
 * Limits on what automatic mode may spend. `creditBudgetPer24h` caps the Zoho API credits the connector
 * uses for this tenant in any rolling 24 hours (Zoho's own daily limit is shared with every other
 * integration of the org); unset, only Zoho's limit applies. Defaulted, so settings stored before it
 * existed keep parsing.
 */
export const automationSettingsSchema = z
  .strictObject({
    creditBudgetPer24h: z
      // Only the type error gets the token: a schema-wide message would also replace min's and max's.
      .number({ error: (issue) => (issue.code === 'invalid_type' ? 'whole_number' : undefined) })
      .int({ error: 'whole_number' })
      .min(MIN_CREDIT_BUDGET)
      .max(100_000_000)
      .optional(),
  })
  .default({});
export type AutomationSettings = z.infer<typeof automationSettingsSchema>;
