import { listAudit } from '@cxc/shared/api/audit';
import { listTenantAudit } from '../../services/audit/list-audit.ts';
import { defineRoute } from '../route.ts';

export const listAuditRoute = defineRoute({
  endpoint: listAudit,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, query }) =>
    listTenantAudit(deps.pool, params.tenantId, query.page, query.perPage),
});
