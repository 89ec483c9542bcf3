import { callThreadOf, type ConversationEvent, conversationEventSchema } from '@cxc/shared/domain/events';
import { planConversation } from './plan.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoDeps } from '../../app-deps.ts';
import { loadZohoMetadata, requireUsers } from '../../services/settings/load-zoho-metadata.ts';
import type { ConnectionRecord } from '../../zoho/connection-store.ts';
import { zohoLookup } from '../../zoho/lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { readLinks } from '../store/event-store.ts';
import { type PlanContext, readPlanContext } from '../store/plan-context.ts';

/** The settings service's planner inputs (cached metadata, by default the dry run's Zoho lookup) plus the conversation's links. */
export async function planEvent(
  deps: ZohoDeps,
  client: ZohoClient,
  settings: IntegrationSettings,
  event: ConversationEvent,
  lookup = zohoLookup(client),
  /** The connection as the attempt read it (once): its org keys the metadata, its user is the fallback owner. */
  connection: ConnectionRecord | undefined,
  /** `row`: the stored event, whose conversation's history and review choice the plan may need. */
  options: { test?: boolean; row?: { id: string } } = {},
): Promise<Plan> {
  const thread = callThreadOf(event);
  const { row } = options;
  const [metadata, { links, history, review }] = await Promise.all([
    loadZohoMetadata(deps, client, { connection }),
    row
      ? readPlanContext(deps.pool, client.tenantId, thread, row.id)
      : readLinks(deps.pool, client.tenantId, thread).then((links): PlanContext => ({
          links,
          history: [],
          review: undefined,
        })),
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
