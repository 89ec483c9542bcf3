import { saveIssueWebhook } from '@cxc/shared/api/connection-issues';
import { saveIssueWebhook as save } from '../../services/connection-issues/save-issue-webhook.ts';
import { defineRoute } from '../route.ts';

export const saveIssueWebhookRoute = defineRoute({
  endpoint: saveIssueWebhook,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) => save(deps, params.tenantId, body.url, session.user),
});
