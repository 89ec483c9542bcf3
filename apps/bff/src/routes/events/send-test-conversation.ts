import { sendTestConversation } from '@cxc/shared/api/events';
import { sendTestConversation as send } from '../../automation/intake/send-test-conversation.ts';
import { defineRoute } from '../route.ts';

export const sendTestConversationRoute = defineRoute({
  endpoint: sendTestConversation,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body }) => send(deps, params.tenantId, body),
});
