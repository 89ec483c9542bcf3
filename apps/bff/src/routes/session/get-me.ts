import { getMe } from '@cxc/shared/api/session';
import { ROLES } from '@cxc/shared/domain/roles';
import { tenantTimeZone } from '../../services/session/tenant-time-zone.ts';
import { defineRoute } from '../route.ts';

export const getMeRoute = defineRoute({
  endpoint: getMe,
  access: { roles: ROLES, tenantScoped: false },
  handler: async ({ session, deps }) => {
    const tenantId = session.user.tenant?.id;
    const timeZone = tenantId ? await tenantTimeZone(deps.pool, tenantId) : null;
    return { user: session.user, csrfToken: session.csrfToken, timeZone };
  },
});
