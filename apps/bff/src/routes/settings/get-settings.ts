import { getSettings } from '@cxc/shared/api/settings';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';
import { defineRoute } from '../route.ts';

export const getSettingsRoute = defineRoute({
  endpoint: getSettings,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, deps }) => getCurrentSettings(deps.pool, params.tenantId),
});
