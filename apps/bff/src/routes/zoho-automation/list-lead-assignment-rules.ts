import { listLeadAssignmentRules } from '@cxc/shared/api/zoho-automation';
import { listLeadAssignmentRules as list } from '../../services/zoho-automation/list-lead-assignment-rules.ts';
import { defineRoute } from '../route.ts';

/** Only the settings editor asks: choosing a rule is an admin's decision. */
export const listLeadAssignmentRulesRoute = defineRoute({
  endpoint: listLeadAssignmentRules,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, query }) => list(deps, params.tenantId, { refresh: query.refresh === '1' }),
});
