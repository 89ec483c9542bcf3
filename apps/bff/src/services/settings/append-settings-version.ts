import type { SettingsChange } from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import type { PoolClient } from 'pg';
import { AppError } from '../../errors/app-error.ts';
import { diffSettings } from './diff-settings.ts';
import {
  type SavedBy,
  selectLatestVersion,
  type StoredVersion,
  toSummary,
} from './settings-version-store.ts';

/** Optimistic concurrency: the editor must have started from the version that is current now. */
export function assertBaseVersion(baseVersion: number | null, current: number | null): void {
  if (baseVersion === current) return;
  throw new AppError(
    'CONFLICT',
    current === null
      ? 'The version you started from does not exist. Reload the page, then make your changes again.'
      : `Someone saved these settings since you opened them (now version ${current}). Nothing was overwritten: reload the page to see their changes, then make yours again.`,
  );
}

export interface AppendVersionInput {
  tenantId: string;
  settings: IntegrationSettings;
  savedBy: SavedBy;
  /** The version the editor started from (null: none yet). Left out by restore, which always appends. */
  baseVersion?: number | null;
  restoredFrom?: number;
}

export interface AppendedVersion extends StoredVersion {
  /** Against the version it replaced (the defaults for the first), for the audit entry. */
  changes: SettingsChange[];
}

/**
 * Appends the tenant's next version; runs inside the caller's transaction. Locking the tenant row
 * serialises saves of one tenant, so the second of two concurrent saves reads the first one's number:
 * it either gets the next number or, having started from an older version, a 409. `FOR NO KEY UPDATE`
 * because sign-ins only take `KEY SHARE` on the tenant (their session rows reference it) and must not
 * wait for a save. The primary key (tenant_id, number) would refuse a duplicate even without the lock.
 */
export async function appendSettingsVersion(
  client: PoolClient,
  input: AppendVersionInput,
): Promise<AppendedVersion> {
  const locked = await client.query('select id from tenants where id = $1 for no key update', [
    input.tenantId,
  ]);
  if (locked.rowCount === 0) throw new AppError('NOT_FOUND', 'Not found.');
  const latest = await selectLatestVersion(client, input.tenantId);
  const current = latest?.summary.number ?? null;
  if (input.baseVersion !== undefined) assertBaseVersion(input.baseVersion, current);
  const { rows } = await client.query<{ number: number; saved_at: Date; restored_from: number | null }>(
    `insert into settings_versions (tenant_id, number, document, saved_by, restored_from)
     values ($1, $2, $3, $4, $5)
     returning number, saved_at, restored_from`,
    [
      input.tenantId,
      (current ?? 0) + 1,
      JSON.stringify(input.settings),
      JSON.stringify(input.savedBy),
      input.restoredFrom ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('insert into settings_versions returned no row');
  return {
    settings: input.settings,
    summary: toSummary({ ...row, saved_by: input.savedBy }),
    changes: diffSettings(latest?.settings ?? defaultSettings(), input.settings),
  };
}
