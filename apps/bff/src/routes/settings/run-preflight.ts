import { runPreflight } from '@cxc/shared/api/settings';
import { runPreflight as run } from '../../services/settings/run-preflight.ts';
import { defineRoute } from '../route.ts';

export const runPreflightRoute = defineRoute({
  endpoint: runPreflight,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, body, deps }) => run(deps, params.tenantId, body.settings),
});
