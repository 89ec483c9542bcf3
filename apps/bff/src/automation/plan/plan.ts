import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import { decideByRules } from './decide-by-rules.ts';
import type { ReviewChoice } from './plan-identify.ts';
import { planLateData } from './plan-late-data.ts';
import { planRecords } from './plan-records.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import { screenInternalNumbers } from './screen-internal-numbers.ts';
import { mergeTransferLegs } from './transfer-legs.ts';
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
  /** What someone picked in the review queue for this event (it matched several people). */
  review?: ReviewChoice;
  /** Late call data: the conversation's earlier events, oldest first, that this one adds to. */
  history?: readonly ConversationEvent[];
}

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
