import { getActivityEvent } from '@cxc/shared/api/activity';
import { getActivityEventDetail } from '../../services/activity/get-activity-event.ts';
import { defineRoute } from '../route.ts';

export const getActivityEventRoute = defineRoute({
  endpoint: getActivityEvent,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => getActivityEventDetail(deps, params.tenantId, params.id),
});
