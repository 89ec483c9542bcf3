import type { SessionUser } from '@cxc/shared/api/session';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { assertBaseVersion } from './append-settings-version.ts';
import { assertAutomaticModeReady } from './assert-automatic-mode-ready.ts';
import { appendAuditedVersion } from './settings-audit.ts';
import { selectLatestNumber, type StoredVersion } from './settings-version-store.ts';

export interface SaveSettingsInput {
  tenantId: string;
  settings: IntegrationSettings;
  baseVersion: number | null;
  actor: SessionUser;
}

/** Saves a new version: optimistic concurrency, then the automatic-mode preflight, then the append. */
export async function saveSettings(deps: AppDeps, input: SaveSettingsInput): Promise<StoredVersion> {
  // Checked before the (slow, Zoho-bound) preflight too, so a stale editor hears 409 at once; the
  // check inside the transaction is the one that counts.
  assertBaseVersion(input.baseVersion, await selectLatestNumber(deps.pool, input.tenantId));
  await assertAutomaticModeReady(deps, input.tenantId, input.settings);
  return appendAuditedVersion(deps.pool, input.actor, {
    tenantId: input.tenantId,
    settings: input.settings,
    baseVersion: input.baseVersion,
  });
}
