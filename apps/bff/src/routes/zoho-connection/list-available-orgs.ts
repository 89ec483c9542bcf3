import { listAvailableOrgs } from '@cxc/shared/api/zoho-connection';
import { listAvailableOrgs as list } from '../../services/zoho-connection/list-available-orgs.ts';
import { defineRoute } from '../route.ts';

export const listAvailableOrgsRoute = defineRoute({
  endpoint: listAvailableOrgs,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => list(deps.pool, params.tenantId),
});
