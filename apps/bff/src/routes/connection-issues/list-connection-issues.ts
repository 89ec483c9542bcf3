import { listConnectionIssues } from '@cxc/shared/api/connection-issues';
import { listConnectionIssues as list } from '../../services/connection-issues/list-connection-issues.ts';
import { defineRoute } from '../route.ts';

export const listConnectionIssuesRoute = defineRoute({
  endpoint: listConnectionIssues,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => list(deps.pool, params.tenantId),
});
