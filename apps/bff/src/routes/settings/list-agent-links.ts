import { listAgentLinks } from '@cxc/shared/api/settings';
import { listAgentLinks as list } from '../../services/settings/list-agent-links.ts';
import { defineRoute } from '../route.ts';

export const listAgentLinksRoute = defineRoute({
  endpoint: listAgentLinks,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: async ({ params, deps }) => ({ agents: await list(deps, params.tenantId) }),
});
