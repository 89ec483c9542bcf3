import { listTenants } from '@cxc/shared/api/tenants';
import { listAllTenants } from '../../services/system/list-tenants.ts';
import { defineRoute } from '../route.ts';

export const listTenantsRoute = defineRoute({
  endpoint: listTenants,
  access: { roles: ['system_admin'], tenantScoped: false },
  handler: async ({ deps }) => ({ tenants: await listAllTenants(deps.pool) }),
});
