import type { SettingsChange, SettingsVersionSummary } from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { Queryable } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { diffSettings } from './diff-settings.ts';
import { selectVersion } from './settings-version-store.ts';

export interface SettingsVersionDetail {
  version: SettingsVersionSummary;
  settings: IntegrationSettings;
  changes: SettingsChange[];
}

/**
 * One version and what it changed against the version before it. Version 1 is compared with the
 * defaults, which is what the tenant had before its first save.
 */
export async function getSettingsVersion(
  db: Queryable,
  tenantId: string,
  number: number,
): Promise<SettingsVersionDetail> {
  const version = await selectVersion(db, tenantId, number);
  if (!version) throw new AppError('NOT_FOUND', `Version ${number} does not exist.`);
  const previous = number > 1 ? await selectVersion(db, tenantId, number - 1) : undefined;
  return {
    version: version.summary,
    settings: version.settings,
    changes: diffSettings(previous?.settings ?? defaultSettings(), version.settings),
  };
}
