import type { Plan, RecordRef } from '@cxc/shared/domain/plan-schema';
import type { Writes } from '@cxc/shared/domain/rule';
import { planAttachments } from './plan-attachments.ts';
import { identifyAccount, identifyPerson, type PersonContext } from './plan-identify.ts';
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
import type { PlanInput } from './plan-input.ts';
import type { ValueContext } from './plan-values.ts';
import type { OwnerResolution } from '@cxc/shared/domain/plan-schema';
import type { ZohoModule } from '@cxc/shared/domain/modules';

/** The conversation's agent as a Zoho user (not a fallback owner), for the `owned_by_agent` policy. */
const agentUserOf = (owner: OwnerResolution) =>
  owner.source === 'user_link' || owner.source === 'email_match' ? (owner.ownerId ?? undefined) : undefined;

function valueContext(input: PlanInput): ValueContext {
  const { settings, event } = input;
  return {
    event,
    resolve: {
      ...(input.tenantId ? { tenantId: input.tenantId } : {}),
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
      ...(settings.language ? { language: settings.language } : {}),
    },
    ...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {}),
  };
}

/** A test event is kept away from real customers here: no search, hence no match. */
async function identify(input: PlanInput, ictx: PersonContext) {
  if (input.test)
    return { identified: { outcome: 'not_found' as const }, record: undefined, module: undefined };
  return identifyPerson(ictx);
}

/** Several people matched and the policy asks a human: every step waits, none writes. */
function holdForReview(plan: Plan, activities: readonly ZohoModule[], wantsDeal: boolean): Plan {
  const identified = plan.identified;
  if (identified?.outcome !== 'needs_review') return plan;
  const ops = plan.operations;
  ops.push(
    skip(1, 'person', identified.module, 'needs_review', {
      params: { candidates: identified.candidates.length },
    }),
  );
  activities.forEach((m, i) => ops.push(skip(i + 2, 'activity', m, 'needs_review')));
  if (wantsDeal) ops.push(skip(ops.length + 1, 'deal', 'Deals', 'needs_review'));
  return { ...plan, status: 'needs_review' };
}

/** Who the conversation is in Zoho, then the person, activity and Deal operations. */
export async function planRecords(input: PlanInput, base: Plan, writes: Writes): Promise<Plan> {
  const { settings, event } = input;
  const channel = settings.channels[event.conversation.channel];
  const plan: Plan = { ...base };
  const links = input.links ?? [];
  const values = valueContext(input);
  const ownerInput = {
    owners: settings.owners,
    users: input.users,
    event,
    ...(input.connectedUserId ? { connectedUserId: input.connectedUserId } : {}),
  };
  const common = { settings, channel, fieldsByModule: input.fieldsByModule, links, values };
  const agentUserId = agentUserOf(resolveOwner(ownerInput));
  const ictx: PersonContext = {
    ...common,
    lookup: input.lookup,
    searches: plan.searches,
    issues: plan.issues,
    ...(agentUserId ? { agentUserId } : {}),
    ...(input.review ? { review: input.review } : {}),
  };
  const { identified, record, module } = await identify(input, ictx);
  plan.identified = identified;
  if (input.test) plan.test = true;
  const activityModules = writes.activities ? channel.conversationAs : [];
  const wantsDeal = writes.deal && channel.createDeal.enabled;
  if (identified.outcome === 'needs_review') return holdForReview(plan, activityModules, wantsDeal);

  plan.owner = resolveOwner(ownerInput);
  const bc: BuildContext = { ...common, owner: plan.owner, issues: plan.issues };
  const shared = identified.outcome === 'found' && identified.module === 'Accounts';
  const creating = !record && !shared && writes.person;
  let account: RecordRef | undefined = shared
    ? { ref: 'existing', module: 'Accounts', id: identified.recordId }
    : undefined;
  if (!input.test && creating && (channel.visitorAs === 'Contacts' || wantsDeal)) {
    const found = await identifyAccount(ictx);
    if (found) {
      plan.account = found;
      account = { ref: 'existing', module: 'Accounts', id: found.id };
    }
  }
  const ops = plan.operations;
  let person: PersonRef | undefined;
  if (record && module) {
    person = { ref: 'existing', module, id: record.id };
    ops.push(
      writes.person
        ? updatePerson(1, bc, module, record)
        : skip(1, 'person', module, 'person_writes_off', { recordId: record.id }),
    );
  } else if (shared) ops.push(skip(1, 'person', channel.visitorAs, 'shared_account'));
  else if (writes.person) {
    ops.push(createPerson(1, bc, channel.visitorAs, account));
    person = { ref: 'created', module: channel.visitorAs, step: 1 };
  } else ops.push(skip(1, 'person', channel.visitorAs, 'person_writes_off'));
  const personOp = ops[0] as Plan['operations'][number];
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
