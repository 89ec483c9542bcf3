import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { CountryCode } from 'libphonenumber-js';
import type { Queryable } from '../../db/queryable.ts';
import { versionedCache } from '../../db/versioned-cache.ts';
import { withOrgCountry } from './org-country.ts';
import { selectLatestVersion, type StoredVersion } from './settings-version-store.ts';

/**
 * Select-list column (tenant id as $1): a content hash of the latest saved settings version, so a save
 * (or a restore) in any BFF process is seen on the next request.
 */
export const SETTINGS_VERSION_COLUMN = `
  (select md5(v::text) from settings_versions v where v.tenant_id = $1
    order by v.number desc limit 1) as settings_version`;

const latest = versionedCache<StoredVersion | undefined>();

/**
 * The current settings at this version (null: never saved, the defaults), parsed only when they changed.
 * The cached object is shared between requests: callers copy, never mutate (as they already do).
 */
export async function settingsAt(
  db: Queryable,
  tenantId: string,
  version: string | null,
  orgCountry: CountryCode | undefined,
): Promise<IntegrationSettings> {
  const stored = await latest.get(db, tenantId, version, () => selectLatestVersion(db, tenantId), undefined);
  return withOrgCountry(stored?.settings ?? defaultSettings(), orgCountry);
}
