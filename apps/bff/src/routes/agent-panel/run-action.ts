import { runAction } from '@cxc/shared/api/agent-panel';
import { runAction as run } from '../../services/agent-panel/run-action.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const runActionRoute = defineRoute({
  endpoint: runAction,
  access: PANEL_ACCESS,
  handler: async ({ params, body, session, deps }) => ({
    record: await run(deps, params.tenantId, session.user, { action: params.action, ...body }),
  }),
});
