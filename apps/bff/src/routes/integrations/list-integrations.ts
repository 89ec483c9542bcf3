import { listIntegrations } from '@cxc/shared/api/tenants';
import { listTenantIntegrations } from '../../services/integrations/list-integrations.ts';
import { defineRoute } from '../route.ts';

export const listIntegrationsRoute = defineRoute({
  endpoint: listIntegrations,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: async ({ deps, params }) => ({
    integrations: await listTenantIntegrations(deps.pool, params.tenantId),
  }),
});
