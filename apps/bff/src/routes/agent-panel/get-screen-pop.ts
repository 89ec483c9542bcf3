import { getScreenPop } from '@cxc/shared/api/agent-panel';
import { getScreenPop as screenPop } from '../../services/agent-panel/get-screen-pop.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const getScreenPopRoute = defineRoute({
  endpoint: getScreenPop,
  access: PANEL_ACCESS,
  handler: async ({ params, query, session, deps }) => {
    const started = performance.now();
    const result = await screenPop(deps, params.tenantId, session.user, query);
    return {
      ...result,
      elapsedMs: Math.round(performance.now() - started),
    };
  },
});
