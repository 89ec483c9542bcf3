import { identificationLookup } from '../../customer-data/index/identification-lookup.ts';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import { planConversation } from '../../automation/plan/plan.ts';
import type { DryRunRecord } from '@cxc/shared/api/settings';
import type { Lookup } from '@cxc/shared/domain/lookup';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import { recordName } from '../activity/record-name.ts';
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
): Promise<{ plan: Plan; records: DryRunRecord[] }> {
  const client = await getZohoClient(deps, tenantId);
  const metadata = await loadZohoMetadata(deps, client);
  const connectedUserId = (await readConnection(deps.pool, tenantId))?.zohoUser?.id;
  const seen = new Map<string, DryRunRecord>();
  const plan = await planConversation({
    settings: input.settings,
    event: input.event,
    fieldsByModule: metadata.fieldsByModule,
    users: requireUsers(metadata),
    lookup: rememberingNames(
      await identificationLookup(deps.pool, tenantId, zohoLookup(client), input.settings.defaultCountry),
      seen,
    ),
    tenantId,
    ...(connectedUserId ? { connectedUserId } : {}),
  });
  return { plan, records: [...seen.values()] };
}

/**
 * The lookup, noting the name of every record it returns: the plan keeps only ids, and an admin reading
 * the test wants to see "Ada Lovelace", not 5117267000001000005. Reads what the search returned anyway.
 */
function rememberingNames(lookup: Lookup, seen: Map<string, DryRunRecord>): Lookup {
  return async (query) => {
    const records = await lookup(query);
    for (const record of records) {
      const name = recordName(query.module, record);
      if (name) seen.set(record.id, { module: query.module, id: record.id, name });
    }
    return records;
  };
}
