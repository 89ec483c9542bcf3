import type { ZohoOrgSummary } from '@cxc/shared/api/zoho-connection';
import type { Queryable } from '../../db/queryable.ts';
import { readConnection } from '../../zoho/connection-store.ts';

/** The orgs the new grant reaches (read right after consent); empty unless the connection awaits a choice. */
export async function listAvailableOrgs(
  db: Queryable,
  tenantId: string,
): Promise<{ orgs: ZohoOrgSummary[] }> {
  const connection = await readConnection(db, tenantId);
  return { orgs: connection?.status === 'choose_org' ? connection.availableOrgs : [] };
}
