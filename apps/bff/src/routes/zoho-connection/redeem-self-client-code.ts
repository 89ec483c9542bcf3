import { redeemSelfClientCode } from '@cxc/shared/api/zoho-connection';
import { actorOf } from '../../audit/record-audit.ts';
import { redeemSelfClientCode as redeem } from '../../services/zoho-connection/redeem-self-client-code.ts';
import { defineRoute } from '../route.ts';

export const redeemSelfClientCodeRoute = defineRoute({
  endpoint: redeemSelfClientCode,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) => redeem(deps, params.tenantId, actorOf(session), body),
});
