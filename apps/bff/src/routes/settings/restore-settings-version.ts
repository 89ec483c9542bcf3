import { restoreSettingsVersion } from '@cxc/shared/api/settings';
import { restoreSettingsVersion as restore } from '../../services/settings/restore-settings-version.ts';
import { defineRoute } from '../route.ts';

export const restoreSettingsVersionRoute = defineRoute({
  endpoint: restoreSettingsVersion,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: async ({ params, session, deps }) => {
    const restored = await restore(deps, {
      tenantId: params.tenantId,
      number: params.number,
      actor: session.user,
    });
    return { settings: restored.settings, version: restored.summary };
  },
});
