import type { LeadAssignmentRule } from '@cxc/shared/api/zoho-automation';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

const rulesResponseSchema = z.object({
  assignment_rules: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      description: z.string().nullable().optional(),
    }),
  ),
});

/** Rules change in Zoho's setup, rarely: a few minutes' staleness costs nothing, `refresh` skips it. */
const TTL_MS = 5 * 60_000;
const MAX_TENANTS = 1_000;
const cache = new Map<string, { rules: LeadAssignmentRule[]; fetchedAt: Date }>();

/**
 * `GET /crm/v2.1/settings/automation/assignment_rules?module=Leads`: Zoho documents the assignment rules
 * from v2.1 on only (v2 has no such endpoint); 204 means the org has none.
 */
export async function listLeadAssignmentRules(
  deps: AppDeps,
  tenantId: string,
  options: { refresh: boolean },
): Promise<{ rules: LeadAssignmentRule[]; fetchedAt: string }> {
  const cached = cache.get(tenantId);
  if (cached && !options.refresh && Date.now() - cached.fetchedAt.getTime() < TTL_MS)
    return { rules: cached.rules, fetchedAt: cached.fetchedAt.toISOString() };
  const client = await getZohoClient(deps, tenantId);
  const { data } = await client.get('/settings/automation/assignment_rules', {
    query: { module: 'Leads' },
    apiVersion: 'v2.1',
    schema: rulesResponseSchema,
  });
  const rules = (data?.assignment_rules ?? []).map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description ?? null,
  }));
  const entry = { rules, fetchedAt: new Date() };
  if (cache.size >= MAX_TENANTS) cache.clear();
  cache.set(tenantId, entry);
  return { rules, fetchedAt: entry.fetchedAt.toISOString() };
}
