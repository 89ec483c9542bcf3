import { deleteIssueWebhook } from '@cxc/shared/api/connection-issues';
import { deleteIssueWebhook as remove } from '../../services/connection-issues/delete-issue-webhook.ts';
import { defineRoute } from '../route.ts';

export const deleteIssueWebhookRoute = defineRoute({
  endpoint: deleteIssueWebhook,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, session }) => remove(deps.pool, params.tenantId, session.user),
});
