import { z } from 'zod';
import { conversationEventSchema } from '../domain/events.ts';
import { planSchema } from '../domain/plan-schema.ts';
import { integrationSettingsSchema } from '../domain/settings.ts';
import type { ZohoField } from '../domain/zoho-fields.ts';
import { zohoUserSchema } from '../domain/zoho-users.ts';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

export const settingsVersionSummarySchema = z.object({
  number: z.number().int().positive(),
  savedAt: z.string(),
  savedBy: z.object({ email: z.string(), name: z.string() }),
  /** Set when this version was made by restoring an older one. */
  restoredFrom: z.number().int().positive().nullable(),
});
export type SettingsVersionSummary = z.infer<typeof settingsVersionSummarySchema>;

/** The tenant's current settings (defaults, with `version: null`, until the first save). */
export const getSettings = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/settings',
  params: tenantParamsSchema,
  response: z.object({
    settings: integrationSettingsSchema,
    version: settingsVersionSummarySchema.nullable(),
  }),
});

/**
 * Saves a new version. `baseVersion` is the version the editor started from: if someone saved since,
 * the answer is 409 CONFLICT and nothing is overwritten. Turning a channel to automatic mode is refused
 * (VALIDATION_FAILED with the preflight problems as issues) while preflight finds errors.
 */
export const saveSettings = defineEndpoint({
  method: 'PUT',
  path: '/api/tenants/:tenantId/settings',
  params: tenantParamsSchema,
  body: z.object({
    settings: integrationSettingsSchema,
    baseVersion: z.number().int().positive().nullable(),
  }),
  response: z.object({ settings: integrationSettingsSchema, version: settingsVersionSummarySchema }),
});

export const listSettingsVersions = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/settings/versions',
  params: tenantParamsSchema,
  query: z.object({
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    perPage: z.coerce.number().int().min(1).max(100).catch(20),
  }),
  response: z.object({ versions: z.array(settingsVersionSummarySchema), total: z.number().int() }),
});

/** One change between two versions, for the readable diff. Paths are settings paths. */
export const settingsChangeSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export const versionParamsSchema = tenantParamsSchema.extend({ number: z.coerce.number().int().positive() });

/** A version with its diff against the version before it. */
export const getSettingsVersion = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/settings/versions/:number',
  params: versionParamsSchema,
  response: z.object({
    version: settingsVersionSummarySchema,
    settings: integrationSettingsSchema,
    changes: z.array(settingsChangeSchema),
  }),
});

/** Restoring makes a new version whose content equals the old one (history is never rewritten). */
export const restoreSettingsVersion = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/settings/versions/:number/restore',
  params: versionParamsSchema,
  body: z.object({}),
  response: z.object({ settings: integrationSettingsSchema, version: settingsVersionSummarySchema }),
});

/**
 * A field as this API sends it: already parsed by the domain's `zohoFieldSchema` (Zoho's `lookup.module`
 * is `lookupModule` here). `zohoFieldSchema` itself is not idempotent: parsing its own output again
 * would drop the lookup target, so the wire uses this schema, whose output is the same `ZohoField`.
 */
export const sentZohoFieldSchema = z
  .object({
    api_name: z.string().min(1),
    field_label: z.string(),
    data_type: z.string().min(1),
    system_mandatory: z.boolean(),
    custom_field: z.boolean(),
    read_only: z.boolean(),
    length: z.number().int().nonnegative().optional(),
    pick_list_values: z.array(z.object({ display_value: z.string(), actual_value: z.string() })),
    lookupModule: z.string().optional(),
  })
  .transform((f): ZohoField => ({ ...f, length: f.length, lookupModule: f.lookupModule }));

/**
 * Live metadata of the connected org for the editor. A module whose metadata failed to load is listed in
 * `failures` with Zoho's error in plain words — never shown as "no fields": an empty list elsewhere hid
 * auth and data-center errors.
 */
export const getZohoMetadata = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/zoho/metadata',
  params: tenantParamsSchema,
  /** Metadata is cached for a minute per tenant; `refresh=1` reads it from Zoho again (after adding a field). */
  query: z.object({ refresh: z.enum(['0', '1']).optional() }),
  response: z.object({
    fieldsByModule: z.record(z.string(), z.array(sentZohoFieldSchema)),
    users: z.array(zohoUserSchema),
    failures: z.array(z.object({ module: z.string(), code: z.string(), message: z.string() })),
    fetchedAt: z.string(),
  }),
});

/** The platform's agents of this tenant (seen at sign-in or named in user links) beside their Zoho user. */
export const listAgentLinks = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agents',
  params: tenantParamsSchema,
  response: z.object({
    agents: z.array(
      z.object({
        email: z.string(),
        name: z.string().nullable(),
        zohoUserId: z.string().nullable(),
        source: z.enum(['auto', 'manual', 'none']),
      }),
    ),
  }),
});

export const preflightProblemSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  module: z.string().optional(),
  field: z.string().optional(),
  message: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  createField: z.record(z.string(), z.unknown()).optional(),
});

/** Preflight of the posted (unsaved) settings against the connected org's live metadata. */
export const runPreflight = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/settings/preflight',
  params: tenantParamsSchema,
  body: z.object({ settings: integrationSettingsSchema }),
  response: z.object({ problems: z.array(preflightProblemSchema), ready: z.boolean() }),
});

/** "Test with a sample conversation": searches Zoho for real, writes nothing, returns the plan. */
export const dryRun = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/settings/dry-run',
  params: tenantParamsSchema,
  body: z.object({ settings: integrationSettingsSchema, event: conversationEventSchema }),
  response: z.object({ plan: planSchema }),
});
