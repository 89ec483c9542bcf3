import { testConnection } from '@cxc/shared/api/zoho-connection';
import { testZohoConnection } from '../../services/zoho-connection/test-connection.ts';
import { defineRoute } from '../route.ts';

export const testConnectionRoute = defineRoute({
  endpoint: testConnection,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => testZohoConnection(deps, params.tenantId),
});
