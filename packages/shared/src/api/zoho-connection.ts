import { z } from 'zod';
import { countryCodeSchema } from '../domain/event-parts.ts';
import { zohoDcSchema } from '../domain/zoho-dcs.ts';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * A data center as the console offers it. `simulated` entries exist only while the Zoho simulator runs
 * (local development and the demo) and are labelled as such; their URLs point at the simulator.
 */
export const dataCenterOptionSchema = z.object({
  /** `us` … `sa`, or `sim-us` … `sim-sa` for the simulator's DCs. */
  id: z.string(),
  dc: zohoDcSchema,
  simulated: z.boolean(),
  accountsUrl: z.url(),
  apiUrl: z.url(),
  webUrl: z.url(),
});
export type DataCenterOption = z.infer<typeof dataCenterOptionSchema>;

export const clientIdSchema = z.string().trim().min(1).max(200);
export const clientSecretSchema = z.string().trim().min(1).max(500);

/** Which kind of client a connection (or an attempt) used: the platform's, the tenant's own, or a Self Client. */
export const clientKindSchema = z.enum(['system', 'custom', 'self_client']);
export type ClientKind = z.infer<typeof clientKindSchema>;

// ---------- Tenant configuration (tenant administrator) ----------

export const connectionConfigInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('system'), dataCenterId: z.string().min(2).max(10) }),
  z.object({
    kind: z.literal('custom'),
    dataCenterId: z.string().min(2).max(10),
    clientId: clientIdSchema,
    /** Omit to keep the stored secret. Required the first time. */
    clientSecret: clientSecretSchema.optional(),
    /** Advanced: other addresses, only Zoho's official hosts (see officialZohoHosts). */
    accountsUrl: z.url().optional(),
    apiUrl: z.url().optional(),
  }),
]);
export type ConnectionConfigInput = z.infer<typeof connectionConfigInputSchema>;

export const connectionConfigSchema = z.object({
  kind: z.enum(['system', 'custom']),
  dataCenter: dataCenterOptionSchema,
  /** Custom configuration only; null for the system configuration (never shown to tenants). */
  clientId: z.string().nullable(),
  secretSet: z.boolean(),
  accountsUrl: z.url(),
  apiUrl: z.url(),
  /** A custom configuration that came from a Self Client code: it cannot start a browser sign-in. */
  selfClient: z.boolean().default(false),
});

export const connectionStatusSchema = z.enum(['not_connected', 'choose_org', 'connected', 'needs_reconnect']);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

export const zohoUserSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  profile: z.string(),
  role: z.string().nullable(),
  isAdministrator: z.boolean(),
});

export const tokenHealthSchema = z.object({
  lastRefreshAt: z.string().nullable(),
  accessTokenExpiresAt: z.string().nullable(),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
});

export const zohoOrgSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  edition: z.string(),
  dc: zohoDcSchema,
  timeZone: z.string().nullable(),
  /**
   * The org's country (`GET /org` `country_code`, else its `country` name): the tenant's default country
   * when none is set. Absent on orgs stored before it was read; null when Zoho has none.
   */
  country: countryCodeSchema.nullable().optional().catch(null),
});
export type ZohoOrgSummary = z.infer<typeof zohoOrgSummarySchema>;

export const connectionWarningSchema = z.object({
  /** e.g. `not_administrator`: the connected Zoho user cannot read field settings or users of other profiles. */
  code: z.string(),
  message: z.string(),
});

/**
 * What is live: the client that issued the tokens the connector holds and the data center whose accounts
 * server issued them (which may differ from the saved configuration's). `clientKind` is null for
 * connections made before it was recorded.
 */
export const liveConnectionSchema = z.object({
  clientKind: clientKindSchema.nullable(),
  dataCenter: dataCenterOptionSchema.nullable(),
  since: z.string(),
});
export type LiveConnection = z.infer<typeof liveConnectionSchema>;

/** One finished connection attempt, newest first on the card; a failure carries its explanation. */
export const connectAttemptSchema = z.object({
  at: z.string(),
  clientKind: clientKindSchema,
  dataCenter: dataCenterOptionSchema.nullable(),
  outcome: z.enum(['connected', 'failed']),
  error: z.lazy(() => zohoConnectErrorSchema).nullable(),
});
export type ConnectAttempt = z.infer<typeof connectAttemptSchema>;

export const connectionSchema = z.object({
  status: connectionStatusSchema,
  /** The Authorized Redirect URL to register in Zoho's API console for a custom configuration. */
  redirectUrl: z.url(),
  config: connectionConfigSchema.nullable(),
  /** Data centers for which the platform offers its system configuration. */
  systemDataCenters: z.array(dataCenterOptionSchema),
  /** Every DC the tenant may pick for a custom configuration (simulated ones included while it runs). */
  dataCenters: z.array(dataCenterOptionSchema),
  org: zohoOrgSummarySchema.nullable(),
  zohoUser: zohoUserSummarySchema.nullable(),
  connectedAt: z.string().nullable(),
  connectedBy: z.string().nullable(),
  scopes: z.array(z.string()),
  token: tokenHealthSchema.nullable(),
  creditsUsed24h: z.number().int().nonnegative(),
  /** The tenant's default country for phone numbers (the org's until the admin picks one in Settings). */
  defaultCountry: countryCodeSchema.nullable().default(null),
  warnings: z.array(connectionWarningSchema),
  /** The live connection (tokens held), separate from `config`, which is only what is saved. */
  live: liveConnectionSchema.nullable().default(null),
  /** The last few finished attempts, newest first. */
  attempts: z.array(connectAttemptSchema).default([]),
});
export type Connection = z.infer<typeof connectionSchema>;

export const getConnection = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/zoho/connection',
  params: tenantParamsSchema,
  response: connectionSchema,
});

export const saveConnectionConfig = defineEndpoint({
  method: 'PUT',
  path: '/api/tenants/:tenantId/zoho/config',
  params: tenantParamsSchema,
  body: connectionConfigInputSchema,
  response: connectionSchema,
});

/** Starts the consent flow: state + PKCE bound to the admin's session; the console opens the URL in a popup. */
export const startAuthorization = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/zoho/authorize',
  params: tenantParamsSchema,
  body: z.object({ mode: z.enum(['popup', 'redirect']) }),
  response: z.object({ authorizeUrl: z.url() }),
});

/**
 * The scopes the product asks Zoho for, and no more: records, field/module/layout metadata
 * (`ZohoCRM.settings.READ` covers `settings.fields.READ`, `settings.modules.READ` and
 * `settings.layouts.READ`), users (owner mapping), the org, COQL, search (which needs
 * ZohoSearch.securesearch.READ besides the module scope), Bulk Read and watch channels (customer data).
 */
export const ZOHO_SCOPES = [
  'ZohoCRM.modules.ALL',
  'ZohoCRM.settings.READ',
  'ZohoCRM.users.READ',
  'ZohoCRM.org.READ',
  'ZohoCRM.coql.READ',
  'ZohoSearch.securesearch.READ',
  'ZohoCRM.bulk.READ',
  'ZohoCRM.notifications.ALL',
] as const;

/** Zoho redirects the browser here (GET, a navigation, not a fetch). Register it in Zoho's API console. */
export const OAUTH_CALLBACK_PATH = '/api/zoho/oauth/callback';

/**
 * The callback page tells the console the outcome with `window.opener.postMessage(message, origin)` (popup)
 * or, after a full-page redirect, by navigating to `/integrations/zoho-crm?connect=<outcome>&code=<error code>`.
 */
export const connectOutcomeMessageSchema = z.object({
  type: z.literal('cxc:zoho-connect'),
  outcome: z.enum(['connected', 'choose_org', 'error']),
  error: z.lazy(() => zohoConnectErrorSchema).nullable(),
});
export type ConnectOutcomeMessage = z.infer<typeof connectOutcomeMessageSchema>;

/** Why a connection attempt failed; `code` selects the plain-words explanation and what to do. */
export const zohoConnectErrorCodeSchema = z.enum([
  'invalid_client',
  'invalid_client_secret',
  'invalid_redirect_uri',
  'invalid_code',
  'access_denied',
  'no_refresh_token',
  'state_mismatch',
  'dc_not_configured',
  'throttled',
  /** Zoho's cap on issuing sign-ins (grant codes per client, refresh tokens per user and client); `params.retryAt`. */
  'token_rate_limited',
  /** A refresh token Zoho no longer accepts: access was revoked at Zoho (or the token was replaced). */
  'access_revoked',
  'zoho_unreachable',
  'unknown',
]);
export const zohoConnectErrorSchema = z.object({
  code: zohoConnectErrorCodeSchema,
  /** Plain-words explanation including what to do (already localized by code on the console side). */
  message: z.string(),
  /** e.g. { dataCenter: 'eu', redirectUrl: '…', location: 'eu' } for the explanation. */
  params: z.record(z.string(), z.string()),
});
export type ZohoConnectError = z.infer<typeof zohoConnectErrorSchema>;

/** Self Client alternative: a grant code generated in Zoho's API console, redeemed at once. */
export const redeemSelfClientCode = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/zoho/self-client',
  params: tenantParamsSchema,
  body: z.object({
    dataCenterId: z.string().min(2).max(10),
    clientId: clientIdSchema,
    clientSecret: clientSecretSchema,
    code: z.string().trim().min(10).max(500),
  }),
  response: connectionSchema,
});

export const listAvailableOrgs = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/zoho/orgs',
  params: tenantParamsSchema,
  response: z.object({ orgs: z.array(zohoOrgSummarySchema) }),
});

export const chooseOrg = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/zoho/org',
  params: tenantParamsSchema,
  body: z.object({ orgId: z.string().min(1).max(40) }),
  response: connectionSchema,
});

export const testConnection = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/zoho/test',
  params: tenantParamsSchema,
  body: z.object({}),
  response: z.object({
    ok: z.boolean(),
    roundTripMs: z.number().nonnegative(),
    org: zohoOrgSummarySchema.nullable(),
    zohoUser: zohoUserSummarySchema.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
});

/** Revokes the refresh token at Zoho, deletes the tokens, keeps the tenant's integration settings. */
export const disconnect = defineEndpoint({
  method: 'DELETE',
  path: '/api/tenants/:tenantId/zoho/connection',
  params: tenantParamsSchema,
  response: z.object({
    revokedAtZoho: z.boolean(),
    settingsKept: z.literal(true),
    connection: connectionSchema,
  }),
});
