import { startAuthorization } from '@cxc/shared/api/zoho-connection';
import { startAuthorization as start } from '../../services/zoho-connection/start-authorization.ts';
import { defineRoute } from '../route.ts';

export const startAuthorizationRoute = defineRoute({
  endpoint: startAuthorization,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) => start(deps, session, params.tenantId, body.mode),
});
