import { getPanelConfig } from '@cxc/shared/api/agent-panel';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const getPanelConfigRoute = defineRoute({
  endpoint: getPanelConfig,
  access: PANEL_ACCESS,
  handler: ({ deps }) =>
    Promise.resolve({
      embedOrigins: deps.config.agentPanel.frameAncestors,
      dialUrlTemplate: deps.config.agentPanel.dialUrlTemplate,
    }),
});
