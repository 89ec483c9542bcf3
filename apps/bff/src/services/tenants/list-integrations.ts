import type { IntegrationSummary } from '@cxc/shared/api/tenants';

/**
 * The integrations a tenant can use. Zoho CRM is the only one; connecting it arrives with the token
 * vault (next issue), so until a connection row exists for the tenant it is `not_connected`.
 */
export function listTenantIntegrations(_tenantId: string): Promise<IntegrationSummary[]> {
  return Promise.resolve([{ id: 'zoho-crm', name: 'Zoho CRM', status: 'not_connected' }]);
}
