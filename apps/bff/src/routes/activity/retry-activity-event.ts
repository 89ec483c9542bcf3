import { retryActivityEvent } from '@cxc/shared/api/activity';
import { retryActivityEvent as retry } from '../../services/activity/retry-activity-event.ts';
import { defineRoute } from '../route.ts';

export const retryActivityEventRoute = defineRoute({
  endpoint: retryActivityEvent,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => retry(deps, params.tenantId, params.id),
});
