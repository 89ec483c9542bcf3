import type { IntegrationSummary } from '@cxc/shared/api/tenants';
import type { Queryable } from '../../db/queryable.ts';

/**
 * The integrations a tenant can use. Zoho CRM is the only one; its status comes from the tenant's Zoho
 * connection (`choose_org`, an unfinished connect, counts as not connected).
 */
export async function listTenantIntegrations(db: Queryable, tenantId: string): Promise<IntegrationSummary[]> {
  const { rows } = await db.query<{ status: string }>(
    'select status from zoho_connections where tenant_id = $1',
    [tenantId],
  );
  const stored = rows[0]?.status;
  const status = stored === 'connected' || stored === 'needs_reconnect' ? stored : 'not_connected';
  return [{ id: 'zoho-crm', name: 'Zoho CRM', status }];
}
