import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { Queryable } from '../../db/queryable.ts';
import { selectLatestVersion } from './settings-version-store.ts';

export interface CurrentSettings {
  settings: IntegrationSettings;
  /** null until the first save: the editor then shows the defaults. */
  version: SettingsVersionSummary | null;
}

export async function getCurrentSettings(db: Queryable, tenantId: string): Promise<CurrentSettings> {
  const latest = await selectLatestVersion(db, tenantId);
  return latest
    ? { settings: latest.settings, version: latest.summary }
    : { settings: defaultSettings(), version: null };
}
