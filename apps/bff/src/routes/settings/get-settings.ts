import { getSettings } from '@cxc/shared/api/settings';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';
import { backfillOrgCountry } from '../../services/zoho-connection/backfill-org-country.ts';
import { defineRoute } from '../route.ts';

export const getSettingsRoute = defineRoute({
  endpoint: getSettings,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: async ({ params, deps }) => {
    await backfillOrgCountry(deps, params.tenantId);
    return getCurrentSettings(deps.pool, params.tenantId);
  },
});
