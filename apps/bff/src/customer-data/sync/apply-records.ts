import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import { mirrorRow } from '../index/identity-keys.ts';
import { storeRecords } from '../store/record-store.ts';
import { lockSyncStates } from '../store/sync-state-store.ts';
import { identityFields, type SyncContext } from './sync-context.ts';

/**
 * Indexes and stores records read from Zoho (a page, a push), in the caller's transaction, after
 * locking the tenant's sync state rows (the order every mirror transaction takes its locks in).
 */
export async function applyRecords(
  ctx: SyncContext,
  db: Queryable,
  module: MirrorModule,
  records: readonly ZohoRecord[],
): Promise<void> {
  const fields = await identityFields(ctx, module);
  await lockSyncStates(db, ctx.tenantId);
  const rows = records.map((values) => ({
    row: mirrorRow(module, values, fields, ctx.tenantCountry, ctx.orgCountry),
    values,
  }));
  await storeRecords(db, ctx.tenantId, ctx.orgId, module, rows);
}
