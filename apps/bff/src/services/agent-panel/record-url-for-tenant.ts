import type { AppDeps } from '../../app-deps.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { recordUrl, zohoWebBase } from './record-url.ts';

/** Record links for the history without a Zoho call: the stored connection's API host is enough. */
export async function recordUrlForTenant(
  deps: AppDeps,
  tenantId: string,
): Promise<((module: string, id: string) => string) | undefined> {
  const connection = await readConnection(deps.pool, tenantId);
  if (!connection?.apiUrl) return undefined;
  const web = zohoWebBase(connection.apiUrl);
  return (module, id) => recordUrl(web, module, id);
}
