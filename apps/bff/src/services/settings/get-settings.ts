import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { CountryCode } from 'libphonenumber-js';
import type { Queryable } from '../../db/queryable.ts';
import { connectedOrgCountry, withOrgCountry } from './org-country.ts';
import { selectLatestVersion } from './settings-version-store.ts';

export interface CurrentSettings {
  settings: IntegrationSettings;
  /** null until the first save: the editor then shows the defaults. */
  version: SettingsVersionSummary | null;
}

/**
 * The latest saved settings (else the defaults), with the org's country while no default country is set.
 * A caller that has just read the connection passes its org's country and saves a round trip.
 */
export async function getCurrentSettings(
  db: Queryable,
  tenantId: string,
  known?: { orgCountry: CountryCode | undefined },
): Promise<CurrentSettings> {
  const [latest, orgCountry] = await Promise.all([
    selectLatestVersion(db, tenantId),
    known ? known.orgCountry : connectedOrgCountry(db, tenantId),
  ]);
  return latest
    ? { settings: withOrgCountry(latest.settings, orgCountry), version: latest.summary }
    : { settings: withOrgCountry(defaultSettings(), orgCountry), version: null };
}
