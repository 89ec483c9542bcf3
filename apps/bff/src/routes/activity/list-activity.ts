import { listActivity } from '@cxc/shared/api/activity';
import { listActivity as list } from '../../services/activity/list-activity.ts';
import { defineRoute } from '../route.ts';

export const listActivityRoute = defineRoute({
  endpoint: listActivity,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, query }) => list(deps, params.tenantId, query),
});
