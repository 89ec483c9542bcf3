import { getSettingsVersion } from '@cxc/shared/api/settings';
import { getSettingsVersion as getVersion } from '../../services/settings/get-settings-version.ts';
import { defineRoute } from '../route.ts';

export const getSettingsVersionRoute = defineRoute({
  endpoint: getSettingsVersion,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, deps }) => getVersion(deps.pool, params.tenantId, params.number),
});
