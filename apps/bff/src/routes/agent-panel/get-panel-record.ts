import { getPanelRecord } from '@cxc/shared/api/agent-panel';
import { getPanelRecord as read } from '../../services/agent-panel/get-panel-record.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const getPanelRecordRoute = defineRoute({
  endpoint: getPanelRecord,
  access: PANEL_ACCESS,
  handler: async ({ params, deps }) => ({
    record: await read(deps, params.tenantId, params.module, params.id),
  }),
});
