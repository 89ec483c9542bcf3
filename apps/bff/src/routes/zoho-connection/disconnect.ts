import { disconnect } from '@cxc/shared/api/zoho-connection';
import { actorOf } from '../../audit/record-audit.ts';
import { disconnectZoho } from '../../services/zoho-connection/disconnect.ts';
import { defineRoute } from '../route.ts';

export const disconnectRoute = defineRoute({
  endpoint: disconnect,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, session }) => disconnectZoho(deps, params.tenantId, actorOf(session)),
});
