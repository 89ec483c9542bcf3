import { evaluateRules } from '@cxc/shared/domain/conditions';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import { isLateEventType } from '@cxc/shared/domain/late-events';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { Writes } from '@cxc/shared/domain/rule';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { screenInternalNumbers } from './screen-internal-numbers.ts';

/**
 * What the channel's switch, mode and rules decide before any Zoho read: skip (and why), late call
 * data (no rule: it only updates what the conversation already wrote), or what to write.
 */
export type RuleDecision =
  | { skip: NonNullable<Plan['skipReason']>; evaluations: Plan['evaluations'] }
  | { skip?: undefined; late: true; rule: null; evaluations: Plan['evaluations'] }
  | {
      skip?: undefined;
      late?: undefined;
      rule: Plan['rule'];
      evaluations: Plan['evaluations'];
      writes: Writes;
    };

/**
 * The planner's first step, also run alone by the engine so a skipped event costs no Zoho call. An
 * agent's click (`manual`) bypasses mode and rules, never a switched-off channel.
 */
export function decideByRules(
  settings: IntegrationSettings,
  event: ConversationEvent,
  /** An agent's click in the console and what the agent chose to write. */
  manual?: { writes: Writes },
): RuleDecision {
  const channel = settings.channels[event.conversation.channel];
  if (!channel.enabled) return { skip: 'channel_disabled', evaluations: [] };
  if (manual) return { rule: null, evaluations: [], writes: manual.writes };
  if (channel.mode === 'manual') return { skip: 'manual_mode', evaluations: [] };
  if (isLateEventType(event.type)) return { late: true, rule: null, evaluations: [] };
  const { matched, evaluations } = evaluateRules(channel.rules, event);
  if (!matched) return { skip: 'no_rule_matched', evaluations };
  // Before any Zoho call: the company's own number is nobody to search for.
  if (screenInternalNumbers(event, settings).internalOnly) return { skip: 'internal_number', evaluations };
  return { rule: { id: matched.id, name: matched.name }, evaluations, writes: matched.writes };
}
