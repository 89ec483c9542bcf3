import { getActionForm } from '@cxc/shared/api/agent-panel';
import { getActionForm as form } from '../../services/agent-panel/get-action-form.ts';
import { defineRoute } from '../route.ts';
import { PANEL_ACCESS } from './panel-access.ts';

export const getActionFormRoute = defineRoute({
  endpoint: getActionForm,
  access: PANEL_ACCESS,
  handler: ({ params, query, session, deps }) => {
    const { parentModule, parentId, ...context } = query;
    const parent = parentModule && parentId ? { module: parentModule, id: parentId } : undefined;
    return form(deps, params.tenantId, session.user, params.action, context, parent);
  },
});
