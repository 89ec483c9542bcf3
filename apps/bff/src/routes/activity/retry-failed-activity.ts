import { retryFailedActivity } from '@cxc/shared/api/activity';
import { retryFailedActivity as retryFailed } from '../../services/activity/retry-failed-activity.ts';
import { defineRoute } from '../route.ts';

export const retryFailedActivityRoute = defineRoute({
  endpoint: retryFailedActivity,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => retryFailed(deps.pool, params.tenantId),
});
