import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import {
  clientIdSchema,
  clientSecretSchema,
  dataCenterOptionSchema,
  zohoConnectErrorSchema,
} from './zoho-connection.ts';

/** The system administrator's Zoho clients, one per data center (the "system configuration"). */

/**
 * Whether a data center's system client ever completed a tenant's connection (the current client id
 * only: a replaced client starts again with no history), and the last failure's explanation.
 */
export const systemClientUsageSchema = z.object({
  lastConnectedAt: z.string().nullable(),
  lastFailedAt: z.string().nullable(),
  lastFailure: zohoConnectErrorSchema.nullable(),
});
export type SystemClientUsage = z.infer<typeof systemClientUsageSchema>;

export const systemClientSchema = z.object({
  dataCenter: dataCenterOptionSchema,
  clientId: z.string().nullable(),
  /** The secret is write-only: the API only says whether one is stored. */
  secretSet: z.boolean(),
  enabled: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  usage: systemClientUsageSchema.default({ lastConnectedAt: null, lastFailedAt: null, lastFailure: null }),
});
export type SystemClient = z.infer<typeof systemClientSchema>;

export const listSystemClients = defineEndpoint({
  method: 'GET',
  path: '/api/system/zoho/clients',
  response: z.object({
    /** The Authorized Redirect URL to register in Zoho's API console. */
    redirectUrl: z.url(),
    clients: z.array(systemClientSchema),
  }),
});

export const saveSystemClientBodySchema = z.object({
  clientId: clientIdSchema,
  /** Omit to keep the stored secret. Required the first time. */
  clientSecret: clientSecretSchema.optional(),
  enabled: z.boolean(),
});
export const saveSystemClient = defineEndpoint({
  method: 'PUT',
  path: '/api/system/zoho/clients/:dataCenterId',
  params: z.object({ dataCenterId: z.string().min(2).max(10) }),
  body: saveSystemClientBodySchema,
  response: systemClientSchema,
});
