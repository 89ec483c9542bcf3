import { listHistory } from '@cxc/shared/api/agent-panel';
import { listHistory as list } from '../../services/agent-panel/list-history.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const listHistoryRoute = defineRoute({
  endpoint: listHistory,
  access: PANEL_ACCESS,
  handler: ({ params, query, deps }) => list(deps, params.tenantId, query),
});
