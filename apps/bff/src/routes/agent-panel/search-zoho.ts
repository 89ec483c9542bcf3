import { searchZoho } from '@cxc/shared/api/agent-panel';
import { searchZoho as search } from '../../services/agent-panel/search-zoho.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const searchZohoRoute = defineRoute({
  endpoint: searchZoho,
  access: PANEL_ACCESS,
  handler: async ({ params, query, deps }) => {
    const started = performance.now();
    const result = await search(deps, params.tenantId, query);
    return {
      ...result,
      elapsedMs: Math.round(performance.now() - started),
    };
  },
});
