import type { ConversationEvent } from '@cxc/shared/domain/events';
import { decideByRules } from './decide-by-rules.ts';
import { planLateData } from './plan-late-data.ts';
import { planRecords } from './plan-records.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { PlanInput } from './plan-input.ts';
import { screenInternalNumbers } from './screen-internal-numbers.ts';
import { mergeTransferLegs } from './transfer-legs.ts';

type Skipped = NonNullable<Plan['skipReason']>;

function skipped(base: Plan, reason: Skipped, evaluations: Plan['evaluations'] = []): Plan {
  return { ...base, status: 'skipped', skipReason: reason, evaluations };
}

/**
 * What one conversation event does to Zoho, in order: the rule that matched, the searches run,
 * the person found (or created), the owner and why, the activity records and an optional Deal.
 * Late call data (a recording, a disposition …) never goes through rules: it updates what exists.
 */
export async function planConversation(input: PlanInput): Promise<Plan> {
  const { settings } = input;
  const base = emptyPlan(input.event);
  const call = input.event;
  // Each leg of a transferred call is decided and written as the whole call seen so far.
  const whole =
    call.type === 'call.ended' && call.call.parentCallId
      ? mergeTransferLegs(call, input.history ?? [], settings.records.transferOwner)
      : call;
  const decision = decideByRules(settings, whole, input.manual);
  if (decision.skip) return skipped(base, decision.skip, decision.evaluations);
  if (decision.late) return planLateData(input, base);
  Object.assign(base, { rule: decision.rule, evaluations: decision.evaluations });
  // The company's own numbers are never searched or written, even on an agent's click.
  const { event } = screenInternalNumbers(whole, settings);
  return planRecords({ ...input, event }, base, decision.writes);
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
