import { evaluateRules } from '@cxc/shared/domain/conditions';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import type { IdentifyContext } from './identify-rules.ts';
import { planAttachments } from './plan-attachments.ts';
import { identifyAccount, identifyPerson } from './plan-identify.ts';
import type { PersonRef } from './plan-links.ts';
import {
  activityOperation,
  type BuildContext,
  createPerson,
  dealOperation,
  skip,
  updatePerson,
} from './plan-operations.ts';
import { resolveOwner } from './plan-owner.ts';
import { markTestOperation } from './plan-test.ts';
import type { Operation, Plan, RecordRef } from '@cxc/shared/domain/plan-schema';
import type { ValueContext } from './plan-values.ts';
import type { Writes } from '@cxc/shared/domain/rule';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoUser } from '@cxc/shared/domain/zoho-users';

export interface PlanInput {
  settings: IntegrationSettings;
  event: ConversationEvent;
  fieldsByModule: FieldsByModule;
  users: readonly ZohoUser[];
  /** Runs one Zoho read; the planner itself does no I/O, so the dry run and the engine share it. */
  lookup: Lookup;
  /** Records earlier events of this conversation wrote. */
  links?: readonly StoredLink[];
  tenantId?: string;
  /** The Zoho user who connected the integration (the `connected_user` fallback). */
  connectedUserId?: string;
  /** An agent's click in the console: bypasses mode and rules and writes what the agent chose. */
  manual?: { writes: Writes };
  /**
   * A console test conversation: nothing is searched, so nothing existing is ever updated or linked
   * (whatever the identification rules and update policy say), and what it creates is marked as a test.
   */
  test?: boolean;
}

type Skipped = NonNullable<Plan['skipReason']>;

function skipped(base: Plan, reason: Skipped, evaluations: Plan['evaluations'] = []): Plan {
  return { ...base, status: 'skipped', skipReason: reason, evaluations };
}

/**
 * What one conversation event does to Zoho, in order: the rule that matched, the searches run,
 * the person found (or created), the owner and why, the activity records and an optional Deal.
 */
export async function planConversation(input: PlanInput): Promise<Plan> {
  const { settings, event } = input;
  const channelName = event.conversation.channel;
  const channel = settings.channels[channelName];
  const base: Plan = {
    eventId: event.id,
    eventType: event.type,
    channel: channelName,
    status: 'ready',
    rule: null,
    evaluations: [],
    searches: [],
    operations: [],
    issues: [],
  };
  if (!channel.enabled) return skipped(base, 'channel_disabled');
  let writes: Writes;
  if (input.manual) writes = input.manual.writes;
  else {
    if (channel.mode === 'manual') return skipped(base, 'manual_mode');
    const { matched, evaluations } = evaluateRules(channel.rules, event);
    if (!matched) return skipped(base, 'no_rule_matched', evaluations);
    Object.assign(base, { rule: { id: matched.id, name: matched.name }, evaluations });
    writes = matched.writes;
  }

  const plan: Plan = { ...base };
  const links = input.links ?? [];
  const values: ValueContext = {
    event,
    resolve: {
      ...(input.tenantId ? { tenantId: input.tenantId } : {}),
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
      ...(settings.language ? { language: settings.language } : {}),
    },
    ...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {}),
  };
  const ictx: IdentifyContext = {
    settings,
    channel,
    fieldsByModule: input.fieldsByModule,
    lookup: input.lookup,
    links,
    values,
    searches: plan.searches,
    issues: plan.issues,
  };
  // The one place a test event is kept away from real customers: no search, hence no match.
  const { identified, record, module } = input.test
    ? { identified: { outcome: 'not_found' as const }, record: undefined, module: undefined }
    : await identifyPerson(ictx);
  plan.identified = identified;
  if (input.test) plan.test = true;

  const ops: Operation[] = plan.operations;
  const activityModules = writes.activities ? channel.conversationAs : [];
  const wantsDeal = writes.deal && channel.createDeal.enabled;
  if (identified.outcome === 'needs_review') {
    ops.push(
      skip(1, 'person', identified.module, 'needs_review', {
        params: { candidates: identified.candidates.length },
      }),
    );
    activityModules.forEach((m, i) => ops.push(skip(i + 2, 'activity', m, 'needs_review')));
    if (wantsDeal) ops.push(skip(ops.length + 1, 'deal', 'Deals', 'needs_review'));
    return { ...plan, status: 'needs_review' };
  }

  plan.owner = resolveOwner({
    owners: settings.owners,
    users: input.users,
    event,
    ...(input.connectedUserId ? { connectedUserId: input.connectedUserId } : {}),
  });
  const bc: BuildContext = {
    settings,
    channel,
    fieldsByModule: input.fieldsByModule,
    values,
    owner: plan.owner,
    links,
    issues: plan.issues,
  };
  const creating = !record && writes.person;
  let account: RecordRef | undefined;
  if (!input.test && ((creating && channel.visitorAs === 'Contacts') || (creating && wantsDeal))) {
    const found = await identifyAccount(ictx);
    if (found) {
      plan.account = found;
      account = { ref: 'existing', module: 'Accounts', id: found.id };
    }
  }

  let personOp: Operation;
  let person: PersonRef | undefined;
  if (record && module) {
    person = { ref: 'existing', module, id: record.id };
    personOp = writes.person
      ? updatePerson(1, bc, module, record)
      : skip(1, 'person', module, 'person_writes_off', { recordId: record.id });
  } else if (writes.person) {
    personOp = createPerson(1, bc, channel.visitorAs, account);
    person = { ref: 'created', module: channel.visitorAs, step: 1 };
  } else personOp = skip(1, 'person', channel.visitorAs, 'person_writes_off');
  ops.push(personOp);
  for (const m of activityModules) ops.push(activityOperation(ops.length + 1, bc, m, person, account));
  if (wantsDeal) ops.push(dealOperation(ops.length + 1, bc, personOp, person, account));
  planAttachments(event, channel.attachments, ops, plan.issues);
  if (input.test)
    ops.splice(
      0,
      ops.length,
      ...ops.map((o) => markTestOperation(o, input.fieldsByModule, event.occurredAt)),
    );

  return { ...plan, status: plan.issues.some((i) => i.severity === 'error') ? 'blocked' : 'ready' };
}
