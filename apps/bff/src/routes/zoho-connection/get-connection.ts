import { getConnection } from '@cxc/shared/api/zoho-connection';
import { connectionView } from '../../services/zoho-connection/connection-view.ts';
import { defineRoute } from '../route.ts';

export const getConnectionRoute = defineRoute({
  endpoint: getConnection,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => connectionView(deps, params.tenantId),
});
