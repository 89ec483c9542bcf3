import { getSigningSecret } from '@cxc/shared/api/events';
import { getSigningSecretStatus } from '../../automation/intake/get-signing-secret-status.ts';
import { defineRoute } from '../route.ts';

export const getSigningSecretRoute = defineRoute({
  endpoint: getSigningSecret,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => getSigningSecretStatus(deps.pool, params.tenantId),
});
