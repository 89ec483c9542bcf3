import type { listAgentLinks as endpoint } from '@cxc/shared/api/settings';
import type { UserLink } from '@cxc/shared/domain/owners';
import { findActiveUserByEmail, type ZohoUser } from '@cxc/shared/domain/zoho-users';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoNotConnectedError } from '../../zoho/zoho-errors.ts';
import { getCurrentSettings } from './get-settings.ts';
import { listTenantAgents } from './list-tenant-agents.ts';
import { loadZohoMetadata, requireUsers } from './load-zoho-metadata.ts';

type AgentLink = z.input<typeof endpoint.response>['agents'][number];

/** Without a connection there are no Zoho users to match: the saved manual links still show. */
async function orgUsers(deps: AppDeps, tenantId: string): Promise<ZohoUser[]> {
  try {
    const client = await getZohoClient(deps, tenantId);
    return requireUsers(await loadZohoMetadata(deps, client));
  } catch (error) {
    if (error instanceof ZohoNotConnectedError) return [];
    throw error;
  }
}

function linkOf(email: string, links: readonly UserLink[], users: readonly ZohoUser[]) {
  const stored = links.filter((l) => l.agentEmail.toLowerCase() === email);
  const manual = stored.find((l) => l.source === 'manual');
  if (manual) return { zohoUserId: manual.zohoUserId, source: 'manual' as const };
  const matched = findActiveUserByEmail(users, email);
  if (matched) return { zohoUserId: matched.id, source: 'auto' as const };
  const auto = stored.find((l) => l.source === 'auto');
  if (auto) return { zohoUserId: auto.zohoUserId, source: 'auto' as const };
  return { zohoUserId: null, source: 'none' as const };
}

/**
 * The tenant's agents (seen at sign-in, or named in a saved user link) beside their Zoho user: the
 * administrator's manual link, else the org user with the same e-mail, else a saved auto link, else none.
 */
export async function listAgentLinks(deps: AppDeps, tenantId: string): Promise<AgentLink[]> {
  const agents = await listTenantAgents(deps.pool, tenantId);
  const { settings } = await getCurrentSettings(deps.pool, tenantId);
  const links = settings.owners.userLinks;
  const names = new Map<string, string | null>(agents.map((a) => [a.email, a.name]));
  for (const link of links) {
    const email = link.agentEmail.toLowerCase();
    if (!names.has(email)) names.set(email, null);
  }
  const users = await orgUsers(deps, tenantId);
  return [...names.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([email, name]) => ({ email, name, ...linkOf(email, links, users) }));
}
