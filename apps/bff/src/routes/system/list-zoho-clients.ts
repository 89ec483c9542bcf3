import { listSystemClients } from '@cxc/shared/api/system';
import { listSystemClients as list } from '../../services/system/list-system-clients.ts';
import { defineRoute } from '../route.ts';

export const listZohoClientsRoute = defineRoute({
  endpoint: listSystemClients,
  access: { roles: ['system_admin'], tenantScoped: false },
  handler: ({ deps }) => list(deps),
});
