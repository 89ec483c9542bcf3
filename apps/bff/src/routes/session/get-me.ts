import { getMe } from '@cxc/shared/api/session';
import { ROLES } from '@cxc/shared/domain/roles';
import { defineRoute } from '../route.ts';

export const getMeRoute = defineRoute({
  endpoint: getMe,
  access: { roles: ROLES, tenantScoped: false },
  handler: ({ session }) => Promise.resolve({ user: session.user, csrfToken: session.csrfToken }),
});
