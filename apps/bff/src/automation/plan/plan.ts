import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import { decideByRules } from './decide-by-rules.ts';
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
import type { Identified, Operation, Plan, RecordRef } from '@cxc/shared/domain/plan-schema';
import type { ZohoModule } from '@cxc/shared/domain/modules';
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
  const channel = settings.channels[event.conversation.channel];
  const base = emptyPlan(event);
  const decision = decideByRules(settings, event, input.manual);
  if (decision.skip) return skipped(base, decision.skip, decision.evaluations);
  Object.assign(base, { rule: decision.rule, evaluations: decision.evaluations });
  const { writes } = decision;

  const plan: Plan = { ...base };
  const links = input.links ?? [];
  const values = valueContext(input);
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
  const match = input.test ? { identified: { outcome: 'not_found' as const } } : await identifyPerson(ictx);
  const { identified, record } = match;
  plan.identified = identified;
  if (input.test) plan.test = true;

  const ops: Operation[] = plan.operations;
  const activityModules = writes.activities ? channel.conversationAs : [];
  const wantsDeal = writes.deal && channel.createDeal.enabled;
  if (identified.outcome === 'needs_review') {
    ops.push(...reviewOperations(identified, activityModules, wantsDeal));
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

  const { personOp, person } = personOperation(bc, writes.person, match, account);
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

function emptyPlan(event: ConversationEvent): Plan {
  return {
    eventId: event.id,
    eventType: event.type,
    channel: event.conversation.channel,
    status: 'ready',
    rule: null,
    evaluations: [],
    searches: [],
    operations: [],
    issues: [],
  };
}

/** What templates and values read besides the event: the tenant, its time zone, language and country. */
function valueContext({ settings, event, tenantId }: PlanInput): ValueContext {
  return {
    event,
    resolve: {
      ...(tenantId ? { tenantId } : {}),
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
      ...(settings.language ? { language: settings.language } : {}),
    },
    ...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {}),
  };
}

/** Several people matched and the policy asks a human: every step waits, none writes. */
function reviewOperations(
  identified: Extract<Identified, { outcome: 'needs_review' }>,
  activityModules: readonly ZohoModule[],
  wantsDeal: boolean,
): Operation[] {
  const ops = [
    skip(1, 'person', identified.module, 'needs_review', {
      params: { candidates: identified.candidates.length },
    }),
  ];
  activityModules.forEach((m, i) => ops.push(skip(i + 2, 'activity', m, 'needs_review')));
  if (wantsDeal) ops.push(skip(ops.length + 1, 'deal', 'Deals', 'needs_review'));
  return ops;
}

/** Step 1: update the person found, create one, or skip it (person writes off), and how later steps refer to it. */
function personOperation(
  bc: BuildContext,
  writesPerson: boolean,
  { record, module }: Awaited<ReturnType<typeof identifyPerson>>,
  account: RecordRef | undefined,
): { personOp: Operation; person: PersonRef | undefined } {
  if (record && module)
    return {
      person: { ref: 'existing', module, id: record.id },
      personOp: writesPerson
        ? updatePerson(1, bc, module, record)
        : skip(1, 'person', module, 'person_writes_off', { recordId: record.id }),
    };
  const visitorAs = bc.channel.visitorAs;
  if (writesPerson)
    return {
      personOp: createPerson(1, bc, visitorAs, account),
      person: { ref: 'created', module: visitorAs, step: 1 },
    };
  return { personOp: skip(1, 'person', visitorAs, 'person_writes_off'), person: undefined };
}
