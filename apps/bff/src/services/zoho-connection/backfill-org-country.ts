import { readConnection } from '../../zoho/connection-store.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import { orgCountry } from './zoho-summaries.ts';

/**
 * Orgs connected before the org's country was read have none stored, so their tenants may have no
 * country to read national numbers in: one `GET /org` fills it (null when Zoho has none, so it is asked
 * once). A Zoho failure leaves it for the next read; the caller's request goes on either way.
 */
export async function backfillOrgCountry(deps: ZohoDeps, tenantId: string): Promise<void> {
  const connection = await readConnection(deps.pool, tenantId);
  if (connection?.status !== 'connected' || !connection.org || connection.org.country !== undefined) return;
  let country;
  try {
    country = orgCountry(await (await getZohoClient(deps, tenantId, connection)).org());
  } catch (error) {
    if (error instanceof ZohoError) return;
    throw error;
  }
  await deps.pool.query(
    `update zoho_connections set org = jsonb_set(org, '{country}', $3::jsonb)
      where tenant_id = $1 and org->>'id' = $2 and not (org ? 'country')`,
    [tenantId, connection.org.id, JSON.stringify(country)],
  );
}
