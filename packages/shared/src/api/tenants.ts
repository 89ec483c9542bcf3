import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { tenantSchema } from './session.ts';

export const tenantParamsSchema = z.object({ tenantId: z.string().min(1).max(100) });

export const integrationStatusSchema = z.enum(['not_connected', 'connected', 'needs_reconnect']);
export type IntegrationStatus = z.infer<typeof integrationStatusSchema>;

export const integrationSummarySchema = z.object({
  id: z.literal('zoho-crm'),
  name: z.string(),
  status: integrationStatusSchema,
});
export type IntegrationSummary = z.infer<typeof integrationSummarySchema>;

/** Tenant admin: the integrations of their own tenant (App & Integrations). Another tenant's id → 404. */
export const listIntegrations = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/integrations',
  params: tenantParamsSchema,
  response: z.object({ integrations: z.array(integrationSummarySchema) }),
});

/** System admin: every tenant known to the platform (Connector Hub). */
export const listTenants = defineEndpoint({
  method: 'GET',
  path: '/api/system/tenants',
  response: z.object({
    tenants: z.array(tenantSchema.extend({ createdAt: z.string() })),
  }),
});
