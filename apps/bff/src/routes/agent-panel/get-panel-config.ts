import { getPanelConfig } from '@cxc/shared/api/agent-panel';
import { getPanelConfig as panelConfig } from '../../services/agent-panel/get-panel-config.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const getPanelConfigRoute = defineRoute({
  endpoint: getPanelConfig,
  access: PANEL_ACCESS,
  handler: ({ params, deps }) => panelConfig(deps, params.tenantId),
});
