import type {
  getActionForm as endpoint,
  PanelAction,
  PanelContext,
  PanelParent,
} from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { formFields } from './form-fields.ts';
import { openPanelSession } from './panel-session.ts';
import { planAction } from './plan-action.ts';
import { resolveParent } from './resolve-parent.ts';

/** The action's form: the module's live fields prefilled through the tenant's mapping, and the owner. */
export async function getActionForm(
  deps: AppDeps,
  tenantId: string,
  agent: SessionUser,
  action: PanelAction,
  context: PanelContext,
  picked: PanelParent | undefined,
): Promise<z.input<typeof endpoint.response>> {
  const session = await openPanelSession(deps, tenantId);
  const parent = await resolveParent(deps.pool, tenantId, context.conversationId, picked);
  const planned = await planAction(session, tenantId, agent, action, context, parent);
  const prefill = planned.operation?.fields ?? {};
  const owner = planned.plan.owner;
  const ownerId = owner?.ownerId ?? null;
  return {
    module: planned.module,
    fields: formFields(planned.module, planned.fields, prefill),
    owner: {
      id: ownerId,
      name: planned.users.find((u) => u.id === ownerId)?.full_name ?? null,
      source: owner?.source ?? 'connected_user',
    },
    parent: planned.parent,
    needsParent: planned.module === 'Notes' && !planned.parent,
  };
}
