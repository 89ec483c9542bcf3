import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { mirrorModuleSchema } from './customer-data.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * The platform's customer list (issue 13, Front Agent's import): API keys the tenant admin creates, and
 * the endpoint the contact-center platform pages through with one of them.
 */

export const customerApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, so the admin can tell keys apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type CustomerApiKey = z.infer<typeof customerApiKeySchema>;

export const MAX_API_KEYS_PER_TENANT = 20;

export const apiKeyNameSchema = z.string().trim().min(1).max(80);

/** Tenant admin: the tenant's keys, newest first, revoked ones included (with when). */
export const listCustomerApiKeys = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/customer-data/api-keys',
  params: tenantParamsSchema,
  response: z.object({ keys: z.array(customerApiKeySchema) }),
});

/** Tenant admin: a new key; the answer is the only time `secret` (the whole key) is shown. */
export const createCustomerApiKey = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/customer-data/api-keys',
  params: tenantParamsSchema,
  body: z.strictObject({ name: apiKeyNameSchema }),
  response: z.object({ key: customerApiKeySchema, secret: z.string() }),
});

/** Tenant admin: revokes a key; the next request with it is refused. Revoking twice keeps the first time. */
export const revokeCustomerApiKey = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/customer-data/api-keys/:keyId/revoke',
  params: tenantParamsSchema.extend({ keyId: z.uuid() }),
  response: customerApiKeySchema,
});

export const PLATFORM_CUSTOMERS_PATH = '/api/platform/v1/customers';
export const MAX_CUSTOMERS_PAGE = 200;
export const DEFAULT_CUSTOMERS_PAGE = 100;
/** Shown as the company of a person without one (Front Agent's import does the same); `companyMissing` says so. */
export const COMPANY_PLACEHOLDER = 'Unknown company';

export const platformCustomersQuerySchema = z.strictObject({
  /** Opaque: `nextCursor` of the previous page; none = from the beginning. */
  cursor: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor this API returned')
    .optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CUSTOMERS_PAGE).default(DEFAULT_CUSTOMERS_PAGE),
});

export const platformCustomerSchema = z.object({
  module: mirrorModuleSchema,
  id: z.string(),
  deleted: z.literal(false),
  name: z.string().nullable(),
  company: z.string(),
  companyMissing: z.boolean(),
  emails: z.array(z.string()),
  /** Every phone field Zoho has that is a phone number, as E.164, without duplicates. */
  phones: z.array(z.string()),
  owner: z.object({ id: z.string().nullable(), name: z.string().nullable() }).nullable(),
  modifiedTime: z.string().nullable(),
  /** The record in Zoho CRM's web UI (the org's data center). */
  url: z.string(),
});

/** A customer deleted in Zoho: drop it from the platform's list. */
export const platformTombstoneSchema = z.object({
  module: mirrorModuleSchema,
  id: z.string(),
  deleted: z.literal(true),
});

export const platformCustomersPageSchema = z.object({
  customers: z.array(z.discriminatedUnion('deleted', [platformCustomerSchema, platformTombstoneSchema])),
  /** Pass it as `cursor` next time; it is returned even on an empty page (keep it: nothing changed yet). */
  nextCursor: z.string(),
  /** More changes are waiting now: ask again at once with `nextCursor`. */
  hasMore: z.boolean(),
});
export type PlatformCustomersPage = z.infer<typeof platformCustomersPageSchema>;
export type PlatformCustomer = PlatformCustomersPage['customers'][number];
