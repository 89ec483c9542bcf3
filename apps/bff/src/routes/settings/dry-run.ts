import { dryRun } from '@cxc/shared/api/settings';
import { dryRun as run } from '../../services/settings/dry-run.ts';
import { defineRoute } from '../route.ts';

export const dryRunRoute = defineRoute({
  endpoint: dryRun,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, body, deps }) => run(deps, params.tenantId, body),
});
