import { getIssueWebhook } from '@cxc/shared/api/connection-issues';
import { readIssueWebhook } from '../../services/connection-issues/issue-webhook-store.ts';
import { defineRoute } from '../route.ts';

export const getIssueWebhookRoute = defineRoute({
  endpoint: getIssueWebhook,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params }) => readIssueWebhook(deps.pool, params.tenantId),
});
