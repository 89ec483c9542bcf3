import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { Queryable } from '../../db/queryable.ts';
import { connectedOrgCountry, withOrgCountry } from './org-country.ts';
import { selectLatestVersion } from './settings-version-store.ts';

export interface CurrentSettings {
  settings: IntegrationSettings;
  /** null until the first save: the editor then shows the defaults. */
  version: SettingsVersionSummary | null;
}

/** The latest saved settings (else the defaults), with the org's country while no default country is set. */
export async function getCurrentSettings(db: Queryable, tenantId: string): Promise<CurrentSettings> {
  const latest = await selectLatestVersion(db, tenantId);
  const orgCountry = await connectedOrgCountry(db, tenantId);
  return latest
    ? { settings: withOrgCountry(latest.settings, orgCountry), version: latest.summary }
    : { settings: withOrgCountry(defaultSettings(), orgCountry), version: null };
}
