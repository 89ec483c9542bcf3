import type { SessionUser } from '@cxc/shared/api/session';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { assertAutomaticModeReady } from './assert-automatic-mode-ready.ts';
import { appendAuditedVersion } from './settings-audit.ts';
import { selectVersion, type StoredVersion } from './settings-version-store.ts';

/** History is never rewritten: restoring appends a new version whose document equals the old one. */
export async function restoreSettingsVersion(
  deps: AppDeps,
  input: { tenantId: string; number: number; actor: SessionUser },
): Promise<StoredVersion> {
  const old = await selectVersion(deps.pool, input.tenantId, input.number);
  if (!old) throw new AppError('NOT_FOUND', `Version ${input.number} does not exist.`);
  // An old version in automatic mode must pass today's org, exactly like a save.
  await assertAutomaticModeReady(deps, input.tenantId, old.settings);
  return appendAuditedVersion(deps.pool, input.actor, {
    tenantId: input.tenantId,
    settings: old.settings,
    restoredFrom: input.number,
  });
}
