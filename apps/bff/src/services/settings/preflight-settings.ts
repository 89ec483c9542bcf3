import type { Channel } from '@cxc/shared/domain/channels';
import { preflight, type PreflightResult } from '@cxc/shared/domain/preflight';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { listTenantAgents } from './list-tenant-agents.ts';
import { loadZohoMetadata, requireUsers } from './load-zoho-metadata.ts';

/**
 * The domain's preflight against the connected org's live metadata and users, with the tenant's agents
 * so those no Zoho user matches are listed. A module whose metadata failed is reported by preflight
 * itself (`metadata_unavailable`), never taken as "no fields".
 */
export async function preflightSettings(
  deps: AppDeps,
  client: ZohoClient,
  settings: IntegrationSettings,
  channels?: readonly Channel[],
): Promise<PreflightResult> {
  const metadata = await loadZohoMetadata(deps, client, { layouts: true });
  const agents = await listTenantAgents(deps.pool, client.tenantId);
  return preflight({
    settings,
    fieldsByModule: metadata.fieldsByModule,
    users: requireUsers(metadata),
    ...(metadata.layoutRequired ? { layoutRequired: metadata.layoutRequired } : {}),
    agentEmails: agents.map((agent) => agent.email),
    ...(channels ? { channels } : {}),
  });
}
