import { z } from 'zod';
import { internalNumbersSchema } from './internal-numbers.ts';
import { zohoApiNameSchema } from './modules.ts';

/** Zoho's `trigger` list on a write: which of the org's own automations our writes set off. */
export const zohoTriggerSchema = z.enum(['workflow', 'approval', 'blueprint']);
export type ZohoTrigger = z.infer<typeof zohoTriggerSchema>;

/**
 * Per channel and module. `triggers` absent: Zoho's default for an API write (every automation runs);
 * `[]`: none. `leadAssignmentRuleId`: a new Lead's owner comes from that org rule instead of the agent.
 */
export const zohoAutomationEntrySchema = z.strictObject({
  triggers: z.array(zohoTriggerSchema).max(3).optional(),
  leadAssignmentRuleId: z
    .string()
    .regex(/^\d{1,30}$/, 'zoho_id')
    .optional(),
});
export type ZohoAutomationEntry = z.infer<typeof zohoAutomationEntrySchema>;

const moduleEntries = z
  .strictObject({
    Leads: zohoAutomationEntrySchema.optional(),
    Contacts: zohoAutomationEntrySchema.optional(),
    Deals: zohoAutomationEntrySchema.optional(),
    Tasks: zohoAutomationEntrySchema.optional(),
    Cases: zohoAutomationEntrySchema.optional(),
    Calls: zohoAutomationEntrySchema.optional(),
    Notes: zohoAutomationEntrySchema.optional(),
  })
  .default({});

export const lateDataSettingsSchema = z
  .strictObject({
    /** How long data that arrives before its call's record waits for it; then it fails, loudly. */
    holdMinutes: z.int().min(1).max(1440).default(60),
    /** Where the transcript and the summary go on the activity (a Note always uses its content). */
    transcriptField: zohoApiNameSchema.default('Description'),
    summaryField: zohoApiNameSchema.default('Description'),
    disposition: z
      .strictObject({
        /** `call_result`: Zoho's Call_Result on a Call; `field`: the field named in `field`. */
        target: z.enum(['call_result', 'field']).default('call_result'),
        field: zohoApiNameSchema.optional(),
        /** Platform code → the value written (a Call_Result pick list value); unmapped codes are written as sent. */
        values: z.record(z.string().min(1).max(200), z.string().min(1).max(255)).default({}),
        followUpTask: z
          .strictObject({
            enabled: z.boolean().default(false),
            /** Only these codes get a follow-up; empty: every disposition. */
            codes: z.array(z.string().min(1).max(200)).max(100).default([]),
            dueInDays: z.int().min(0).max(365).default(1),
          })
          .default({ enabled: false, codes: [], dueInDays: 1 }),
      })
      .default({
        target: 'call_result',
        values: {},
        followUpTask: { enabled: false, codes: [], dueInDays: 1 },
      }),
  })
  .superRefine((s, ctx) => {
    if (s.disposition.target === 'field' && !s.disposition.field)
      ctx.addIssue({ code: 'custom', path: ['disposition', 'field'], message: 'records.field_required' });
  });

export const DEFAULT_LATE_DATA = lateDataSettingsSchema.parse({
  disposition: {},
});

/**
 * One record per real-world thing: the company's own numbers, data that arrives after the call,
 * transferred calls, and whether our writes set off the org's own automation. Defaulted as a whole,
 * so settings stored before it existed keep parsing and behave as before.
 */
export const recordSettingsSchema = z
  .strictObject({
    internalNumbers: internalNumbersSchema,
    lateData: lateDataSettingsSchema.default(DEFAULT_LATE_DATA),
    /** A transferred call's one Call record is owned by the agent who ended it, or by the first. */
    transferOwner: z.enum(['last_agent', 'first_agent']).default('last_agent'),
    zohoAutomation: z
      .strictObject({
        web_chat: moduleEntries,
        inbox: moduleEntries,
        calls: moduleEntries,
        meetings: moduleEntries,
      })
      .default({ web_chat: {}, inbox: {}, calls: {}, meetings: {} }),
  })
  .default(() => defaultRecordSettings());
export type RecordSettings = z.infer<typeof recordSettingsSchema>;

export function defaultRecordSettings(): RecordSettings {
  return {
    internalNumbers: { numbers: [], extensions: [], patterns: [], minDigits: 0 },
    lateData: structuredClone(DEFAULT_LATE_DATA),
    transferOwner: 'last_agent',
    zohoAutomation: { web_chat: {}, inbox: {}, calls: {}, meetings: {} },
  };
}
