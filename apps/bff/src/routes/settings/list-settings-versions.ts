import { listSettingsVersions } from '@cxc/shared/api/settings';
import { listSettingsVersions as list } from '../../services/settings/list-settings-versions.ts';
import { defineRoute } from '../route.ts';

export const listSettingsVersionsRoute = defineRoute({
  endpoint: listSettingsVersions,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, query, deps }) => list(deps.pool, params.tenantId, query),
});
