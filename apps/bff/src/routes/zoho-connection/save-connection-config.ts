import { saveConnectionConfig } from '@cxc/shared/api/zoho-connection';
import { actorOf } from '../../audit/record-audit.ts';
import { saveConnectionConfig as save } from '../../services/zoho-connection/save-connection-config.ts';
import { defineRoute } from '../route.ts';

export const saveConnectionConfigRoute = defineRoute({
  endpoint: saveConnectionConfig,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) => save(deps, params.tenantId, actorOf(session), body),
});
