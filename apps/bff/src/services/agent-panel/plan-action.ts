import {
  PANEL_ACTION_MODULE,
  type PanelAction,
  type PanelContext,
  type PanelParent,
} from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import { activityModuleSchema, type ActivityModule, type PersonModule } from '@cxc/shared/domain/modules';
import { planConversation } from '../../automation/plan/plan.ts';
import type { Operation, Plan } from '@cxc/shared/domain/plan-schema';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import type { ZohoUser } from '@cxc/shared/domain/zoho-users';
import { panelEvent } from './panel-event.ts';
import { type PanelSession, panelSettings } from './panel-session.ts';

export type CreateOperation = Extract<Operation, { kind: 'create' }>;

export interface PlannedAction {
  module: (typeof PANEL_ACTION_MODULE)[PanelAction];
  plan: Plan;
  /** The create the planner built from the tenant's mapping and owner rules; undefined when skipped. */
  operation: CreateOperation | undefined;
  fields: readonly ZohoField[];
  users: readonly ZohoUser[];
  parent: PanelParent | null;
}

const isActivity = (m: string): m is ActivityModule => activityModuleSchema.safeParse(m).success;

/**
 * One agent click through planConversation with `manual` writes (mode and rules skipped): the module
 * the agent chose becomes the channel's person or only activity module, and the parent the agent picked
 * is handed over as the conversation's stored link, so the planner links the activity to it exactly
 * as automation would (Who_Id / What_Id + $se_module / Contact_Name / Parent_Id). No Zoho search runs.
 */
export async function planAction(
  session: PanelSession,
  tenantId: string,
  agent: SessionUser,
  action: PanelAction,
  context: PanelContext,
  picked: PanelParent | null,
): Promise<PlannedAction> {
  const module = PANEL_ACTION_MODULE[action];
  // A new Lead or Contact has no parent: the picked person only anchors activities.
  const parent = isActivity(module) ? picked : null;
  const metadata = await session.metadata();
  const base = panelSettings(session.settings, context.channel);
  const channel = base.channels[context.channel];
  const activity = isActivity(module);
  const person: PersonModule = activity ? (parent?.module ?? channel.visitorAs) : module;
  const settings = {
    ...base,
    channels: {
      ...base.channels,
      [context.channel]: { ...channel, visitorAs: person, conversationAs: activity ? [module] : [] },
    },
    identification: {
      ...base.identification,
      searchOrder: [person],
      rules: { ...base.identification.rules, [person]: parent ? [{ kind: 'stored_link' as const }] : [] },
    },
  };
  const links: StoredLink[] = parent ? [{ module: parent.module, id: parent.id, role: 'person' }] : [];
  const lookup: Lookup = (query) =>
    Promise.resolve(parent && query.by === 'id' && query.id === parent.id ? [{ id: parent.id }] : []);
  const plan = await planConversation({
    settings,
    event: panelEvent(context, agent),
    fieldsByModule: metadata.fieldsByModule,
    users: metadata.users,
    lookup,
    links,
    tenantId,
    manual: { writes: { person: !activity, activities: activity, deal: false } },
  });
  const operation = plan.operations.find(
    (op): op is CreateOperation => op.kind === 'create' && op.module === module,
  );
  return {
    module,
    plan,
    operation,
    fields: metadata.fieldsByModule[module] ?? [],
    users: metadata.users,
    parent,
  };
}
