import type { SkipReason } from '@cxc/shared/api/activity';
import { evaluateRules } from '@cxc/shared/domain/conditions';
import { callThreadOf, type ConversationEvent, conversationEventSchema } from '@cxc/shared/domain/events';
import { isLateEventType } from '@cxc/shared/domain/late-events';
import { planConversation } from './plan.ts';
import { screenInternalNumbers } from './screen-internal-numbers.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoDeps } from '../../zoho/get-zoho-client.ts';
import { loadZohoMetadata, requireUsers } from '../../services/settings/load-zoho-metadata.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { zohoLookup } from '../../zoho/lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { readConversationHistory } from '../store/conversation-history.ts';
import { readLinks } from '../store/event-store.ts';
import { readReviewChoice } from '../store/match-reviews.ts';

export type EarlySkip = { reason: SkipReason; evaluations: Plan['evaluations'] } | undefined;

/** The skips that need no Zoho call: channel off, manual mode, no rule matched (with every evaluation). */
export function skipWithoutZoho(settings: IntegrationSettings, event: ConversationEvent): EarlySkip {
  const channel = settings.channels[event.conversation.channel];
  if (!channel.enabled) return { reason: 'channel_disabled', evaluations: [] };
  if (channel.mode === 'manual') return { reason: 'manual_mode', evaluations: [] };
  // Late call data needs no rule: it only updates what the conversation already wrote.
  if (isLateEventType(event.type)) return undefined;
  const { matched, evaluations } = evaluateRules(channel.rules, event);
  if (!matched) return { reason: 'no_rule_matched', evaluations };
  // Before any Zoho call: the company's own number is nobody to search for.
  return screenInternalNumbers(event, settings).internalOnly
    ? { reason: 'internal_number', evaluations }
    : undefined;
}

/** The settings service's planner inputs (cached metadata, by default the dry run's Zoho lookup) plus the conversation's links. */
export async function planEvent(
  deps: ZohoDeps,
  client: ZohoClient,
  settings: IntegrationSettings,
  event: ConversationEvent,
  lookup = zohoLookup(client),
  /** `row`: the stored event, whose conversation's history and review choice the plan may need. */
  options: { test?: boolean; row?: { id: string } } = {},
): Promise<Plan> {
  const thread = callThreadOf(event);
  const { row } = options;
  const [metadata, links, connection, history, review] = await Promise.all([
    loadZohoMetadata(deps, client),
    readLinks(deps.pool, client.tenantId, thread),
    readConnection(deps.pool, client.tenantId),
    row ? readConversationHistory(deps.pool, client.tenantId, thread, row.id) : [],
    row ? readReviewChoice(deps.pool, row.id) : undefined,
  ]);
  const connectedUserId = connection?.zohoUser?.id;
  return planConversation({
    settings,
    event,
    fieldsByModule: metadata.fieldsByModule,
    users: requireUsers(metadata),
    lookup,
    links,
    tenantId: client.tenantId,
    ...(connectedUserId ? { connectedUserId } : {}),
    ...(options.test ? { test: true } : {}),
    ...(review ? { review } : {}),
    // Stored events passed the schema when they arrived; one that no longer does is left out.
    history: history.flatMap((p) => {
      const parsed = conversationEventSchema.safeParse(p);
      return parsed.success ? [parsed.data] : [];
    }),
  });
}
