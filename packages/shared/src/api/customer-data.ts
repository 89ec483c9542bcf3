import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * Customer data (issue 13): a mirror of the connected Zoho org's Leads, Contacts and Accounts in our
 * database, and an identity index over it.
 * - `live`: every screen pop, search and identification asks Zoho (the mirror is not kept).
 * - `cache`: the mirror answers (0 Zoho calls to identify); a miss is confirmed live only when the
 *   mirror is older than MIRROR_CONFIRM_AFTER_SECONDS.
 * - `auto` (the default for a connected org): live until every chosen module is imported, then cache.
 */
export const MIRROR_MODES = ['live', 'cache', 'auto'] as const;
export const mirrorModeSchema = z.enum(MIRROR_MODES);
export type MirrorMode = z.infer<typeof mirrorModeSchema>;

export const MIRROR_MODULES = ['Leads', 'Contacts', 'Accounts'] as const;
export const mirrorModuleSchema = z.enum(MIRROR_MODULES);
export type MirrorModule = z.infer<typeof mirrorModuleSchema>;

export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 1440;
/** A miss in cache mode is confirmed with one live call when the mirror's last sync is older than this. */
export const MIRROR_CONFIRM_AFTER_SECONDS = 120;

export const customerDataSettingsSchema = z.strictObject({
  mode: mirrorModeSchema,
  modules: z
    .array(mirrorModuleSchema)
    .min(1)
    .max(3)
    .refine((m) => new Set(m).size === m.length, 'Each module once.'),
  intervalMinutes: z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES),
});
export type CustomerDataSettings = z.infer<typeof customerDataSettingsSchema>;

export const DEFAULT_CUSTOMER_DATA_SETTINGS: CustomerDataSettings = {
  mode: 'auto',
  modules: ['Leads', 'Contacts', 'Accounts'],
  intervalMinutes: 5,
};

export const moduleStatusSchema = z.object({
  module: mirrorModuleSchema,
  phase: z.enum(['not_started', 'importing', 'ready']),
  records: z.number().int(),
  /** Import progress 0..1 when the total is known; null otherwise. */
  progress: z.number().nullable(),
  /** Estimated seconds left for the import; null when unknown or done. */
  secondsLeft: z.number().nullable(),
  lastChangeAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  /** Seconds between Zoho's latest change we know of and now; null before the first sync. */
  lagSeconds: z.number().nullable(),
  nextSyncAt: z.string().nullable(),
  /** Why sync waits (the credit budget), in words. */
  pausedReason: z.string().nullable(),
  error: z.string().nullable(),
});
export type ModuleStatus = z.infer<typeof moduleStatusSchema>;

export const creditEstimateSchema = z.object({
  creditsPerDay: z.number().int(),
  /** The org's daily limit when known (edition and licences), else null. */
  dailyLimit: z.number().int().nullable(),
  /** The tenant's own 24-hour budget for automatic work, when set. */
  tenantBudget: z.number().int().nullable(),
  /** The one-off import cost. */
  importCredits: z.number().int(),
});
export type CreditEstimate = z.infer<typeof creditEstimateSchema>;

export const customerDataViewSchema = z.object({
  settings: customerDataSettingsSchema,
  /** The mode in force now (`auto` resolved). */
  effectiveMode: z.enum(['live', 'cache']),
  push: z.enum(['off', 'active']),
  modules: z.array(moduleStatusSchema),
  estimate: creditEstimateSchema,
});
export type CustomerDataView = z.infer<typeof customerDataViewSchema>;

export const getCustomerData = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/customer-data',
  params: tenantParamsSchema,
  response: customerDataViewSchema,
});

export const saveCustomerData = defineEndpoint({
  method: 'PUT',
  path: '/api/tenants/:tenantId/customer-data',
  params: tenantParamsSchema,
  body: customerDataSettingsSchema,
  response: customerDataViewSchema,
});

/** The estimate for settings not saved yet (the console asks before the admin saves). */
export const estimateCustomerData = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/customer-data/estimate',
  params: tenantParamsSchema,
  body: customerDataSettingsSchema,
  response: creditEstimateSchema,
});

export const reimportCustomerData = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/customer-data/modules/:module/reimport',
  params: tenantParamsSchema.extend({ module: mirrorModuleSchema }),
  response: customerDataViewSchema,
});

export const mirrorHitSchema = z.object({
  module: mirrorModuleSchema,
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  url: z.string(),
});
export type MirrorHit = z.infer<typeof mirrorHitSchema>;

export const testSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
});

/** What the mirror and Zoho each answer for a phone, e-mail or name (the admin compares). */
export const testCustomerSearch = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/customer-data/test-search',
  params: tenantParamsSchema,
  query: testSearchQuerySchema,
  response: z.object({
    by: z.enum(['phone', 'email', 'name']),
    mirror: z.array(mirrorHitSchema),
    zoho: z.array(mirrorHitSchema),
    /**
     * Why Zoho could not be asked, as a reason the console words in the admin's language: `not_connected`,
     * `needs_reconnect`, `zoho_unreachable`, `throttled`, else Zoho's own error code; null when it answered.
     */
    zohoError: z.string().nullable(),
    mirrorAsOf: z.string().nullable(),
  }),
});
