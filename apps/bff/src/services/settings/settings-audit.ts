import type { SessionUser } from '@cxc/shared/api/session';
import type { Pool, PoolClient } from 'pg';
import { recordAudit } from '../../audit/record-audit.ts';
import { inTransaction } from '../../db/queryable.ts';
import {
  appendSettingsVersion,
  type AppendedVersion,
  type AppendVersionInput,
} from './append-settings-version.ts';

/** Enough to find the change in the history; the version itself holds the full document. */
const MAX_PATHS = 50;

/** The audit entry of a save or restore, written in the same transaction as the version. */
export async function auditSettingsVersion(
  client: PoolClient,
  tenantId: string,
  actor: SessionUser,
  appended: AppendedVersion,
): Promise<void> {
  const { number, restoredFrom } = appended.summary;
  await recordAudit(client, {
    tenantId,
    actor: { email: actor.email, name: actor.name, role: actor.role },
    action: restoredFrom === null ? 'settings.saved' : 'settings.restored',
    details: {
      version: number,
      ...(restoredFrom === null ? {} : { restoredFrom }),
      changeCount: appended.changes.length,
      changed: appended.changes.slice(0, MAX_PATHS).map((change) => change.path.join('.')),
    },
  });
}

/** A save or a restore: the new version and its audit entry commit together or not at all. */
export function appendAuditedVersion(
  pool: Pool,
  actor: SessionUser,
  input: Omit<AppendVersionInput, 'savedBy'>,
): Promise<AppendedVersion> {
  return inTransaction(pool, async (client) => {
    const savedBy = { sub: actor.sub, email: actor.email, name: actor.name };
    const appended = await appendSettingsVersion(client, { ...input, savedBy });
    await auditSettingsVersion(client, input.tenantId, actor, appended);
    return appended;
  });
}
