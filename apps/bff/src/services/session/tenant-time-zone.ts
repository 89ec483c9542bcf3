import { isValidTimeZone } from '@cxc/shared/domain/text-format';
import type { Queryable } from '../../db/queryable.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { selectLatestVersion } from '../settings/settings-version-store.ts';

/**
 * The zone the console shows the tenant's dates in: the one its settings name for Zoho texts, else the
 * connected Zoho org's own; null (the browser's zone) when neither is known. A zone Zoho sent that this
 * runtime's Intl does not know is dropped rather than breaking every date on the page.
 */
export async function tenantTimeZone(db: Queryable, tenantId: string): Promise<string | null> {
  const latest = await selectLatestVersion(db, tenantId);
  if (latest?.settings.timeZone) return latest.settings.timeZone;
  const zone = (await readConnection(db, tenantId))?.org?.timeZone;
  return zone && isValidTimeZone(zone) ? zone : null;
}
