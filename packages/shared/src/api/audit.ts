import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ email: z.string(), name: z.string(), role: z.string() }),
  action: z.enum([
    'zoho.config.saved',
    'zoho.connected',
    'zoho.reconnected',
    'zoho.org_chosen',
    'zoho.disconnected',
    'zoho.needs_reconnect',
    'zoho.system_client.saved',
    'settings.saved',
    'settings.restored',
    'events.secret_rotated',
    'issues.webhook_saved',
    'issues.webhook_deleted',
    'customer_data.saved',
    'customer_data.reimport',
    'customer_data.api_key_created',
    'customer_data.api_key_revoked',
    'customer_data.webhook_saved',
    'customer_data.webhook_secret_rotated',
    'customer_data.webhook_deleted',
  ]),
  /** What changed, never a secret (secrets appear only as `"secret": "changed"`). */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAudit = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/audit',
  params: tenantParamsSchema,
  query: z.object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    perPage: z.coerce.number().int().min(1).max(100).default(25),
  }),
  response: z.object({ entries: z.array(auditEntrySchema), total: z.number().int(), page: z.number().int() }),
});
