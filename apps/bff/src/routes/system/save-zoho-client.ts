import { saveSystemClient } from '@cxc/shared/api/system';
import { actorOf } from '../../audit/record-audit.ts';
import { saveSystemClient as save } from '../../services/system/save-system-client.ts';
import { defineRoute } from '../route.ts';

export const saveZohoClientRoute = defineRoute({
  endpoint: saveSystemClient,
  access: { roles: ['system_admin'], tenantScoped: false },
  handler: ({ deps, params, body, session }) =>
    save(deps, actorOf(session), { dataCenterId: params.dataCenterId, ...body }),
});
