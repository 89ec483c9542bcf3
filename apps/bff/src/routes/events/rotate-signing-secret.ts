import { rotateSigningSecret } from '@cxc/shared/api/events';
import { rotateSigningSecret as rotate } from '../../automation/intake/rotate-signing-secret.ts';
import { defineRoute } from '../route.ts';

export const rotateSigningSecretRoute = defineRoute({
  endpoint: rotateSigningSecret,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => rotate(deps, params.tenantId),
});
