import type { AppDeps } from '../../app-deps.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';

export type WebLink = (module: string, recordId: string) => string | null;

/**
 * "Open in Zoho" for the tenant's DC: `{web}/crm/tab/{Module}/{id}` (crm.zoho.eu, crm.zohocloud.ca …,
 * or the simulator's web base). No connection, or a DC we no longer know → no links, never a guess.
 */
export async function zohoWebLinks(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
): Promise<WebLink> {
  const connection = await readConnection(deps.pool, tenantId);
  if (!connection) return () => null;
  const dataCenters = await loadDataCenters(deps.config.zoho.simUrl).catch(() => undefined);
  const web = dataCenters?.find(connection.dataCenterId)?.webUrl.replace(/\/+$/, '');
  if (!web) return () => null;
  return (module, recordId) => `${web}/crm/tab/${encodeURIComponent(module)}/${encodeURIComponent(recordId)}`;
}
