import { saveSettings } from '@cxc/shared/api/settings';
import { saveSettings as save } from '../../services/settings/save-settings.ts';
import { defineRoute } from '../route.ts';

export const saveSettingsRoute = defineRoute({
  endpoint: saveSettings,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: async ({ params, body, session, deps }) => {
    const saved = await save(deps, {
      tenantId: params.tenantId,
      settings: body.settings,
      baseVersion: body.baseVersion,
      actor: session.user,
    });
    return { settings: saved.settings, version: saved.summary };
  },
});
