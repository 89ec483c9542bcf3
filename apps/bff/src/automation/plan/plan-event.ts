import type { SkipReason } from '@cxc/shared/api/activity';
import { evaluateRules } from '@cxc/shared/domain/conditions';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import { planConversation } from './plan.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoDeps } from '../../zoho/get-zoho-client.ts';
import { loadZohoMetadata, requireUsers } from '../../services/settings/load-zoho-metadata.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { zohoLookup } from '../../zoho/lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { readLinks } from '../store/event-store.ts';

export type EarlySkip = { reason: SkipReason; evaluations: Plan['evaluations'] } | undefined;

/** The skips that need no Zoho call: channel off, manual mode, no rule matched (with every evaluation). */
export function skipWithoutZoho(settings: IntegrationSettings, event: ConversationEvent): EarlySkip {
  const channel = settings.channels[event.conversation.channel];
  if (!channel.enabled) return { reason: 'channel_disabled', evaluations: [] };
  if (channel.mode === 'manual') return { reason: 'manual_mode', evaluations: [] };
  const { matched, evaluations } = evaluateRules(channel.rules, event);
  return matched ? undefined : { reason: 'no_rule_matched', evaluations };
}

/** The settings service's planner inputs (cached metadata, by default the dry run's Zoho lookup) plus the conversation's links. */
export async function planEvent(
  deps: ZohoDeps,
  client: ZohoClient,
  settings: IntegrationSettings,
  event: ConversationEvent,
  lookup = zohoLookup(client),
  options: { test?: boolean } = {},
): Promise<Plan> {
  const [metadata, links, connection] = await Promise.all([
    loadZohoMetadata(deps, client),
    readLinks(deps.pool, client.tenantId, event.conversation.id),
    readConnection(deps.pool, client.tenantId),
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
  });
}
