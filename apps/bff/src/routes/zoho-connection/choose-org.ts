import { chooseOrg } from '@cxc/shared/api/zoho-connection';
import { actorOf } from '../../audit/record-audit.ts';
import { chooseOrg as choose } from '../../services/zoho-connection/choose-org.ts';
import { defineRoute } from '../route.ts';

export const chooseOrgRoute = defineRoute({
  endpoint: chooseOrg,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) => choose(deps, params.tenantId, actorOf(session), body.orgId),
});
