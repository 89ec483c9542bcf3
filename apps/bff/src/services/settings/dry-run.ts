import type { ConversationEvent } from '@cxc/shared/domain/events';
import { planConversation } from '../../automation/plan/plan.ts';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { zohoLookup } from '../../zoho/lookup.ts';
import { loadZohoMetadata, requireUsers } from './load-zoho-metadata.ts';

/**
 * "Test with a sample conversation": the engine's planner on unsaved settings, searching the real org.
 * The planner is given nothing but the read-only `lookup` port, so a dry run cannot write to Zoho.
 */
export async function dryRun(
  deps: AppDeps,
  tenantId: string,
  input: { settings: IntegrationSettings; event: ConversationEvent },
): Promise<Plan> {
  const client = await getZohoClient(deps, tenantId);
  const metadata = await loadZohoMetadata(deps, client);
  const connectedUserId = (await readConnection(deps.pool, tenantId))?.zohoUser?.id;
  return planConversation({
    settings: input.settings,
    event: input.event,
    fieldsByModule: metadata.fieldsByModule,
    users: requireUsers(metadata),
    lookup: zohoLookup(client),
    tenantId,
    ...(connectedUserId ? { connectedUserId } : {}),
  });
}
