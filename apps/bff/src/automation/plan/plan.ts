import { evaluateRules } from '@cxc/shared/domain/conditions';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import { isLateEventType } from '@cxc/shared/domain/late-events';
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
  const channelName = input.event.conversation.channel;
  const channel = settings.channels[channelName];
  const base: Plan = {
    eventId: input.event.id,
    eventType: input.event.type,
    channel: channelName,
    status: 'ready',
    rule: null,
    evaluations: [],
    searches: [],
    operations: [],
    issues: [],
  };
  if (!channel.enabled) return skipped(base, 'channel_disabled');
  if (isLateEventType(input.event.type) && !input.manual) return planLateData(input, base);
  let writes: Writes;
  const call = input.event;
  const whole =
    call.type === 'call.ended' && call.call.parentCallId
      ? mergeTransferLegs(call, input.history ?? [], settings.records.transferOwner)
      : call;
  const { event, internalOnly } = screenInternalNumbers(whole, settings);
  if (input.manual) writes = input.manual.writes;
  else {
    if (channel.mode === 'manual') return skipped(base, 'manual_mode');
    const { matched, evaluations } = evaluateRules(channel.rules, event);
    if (!matched) return skipped(base, 'no_rule_matched', evaluations);
    if (internalOnly) return skipped(base, 'internal_number', evaluations);
    Object.assign(base, { rule: { id: matched.id, name: matched.name }, evaluations });
    writes = matched.writes;
  }
  return planRecords({ ...input, event }, base, writes);
}
