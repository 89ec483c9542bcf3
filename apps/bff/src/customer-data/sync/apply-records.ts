import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import { mirrorRow } from '../index/identity-keys.ts';
import { storeRecords } from '../store/record-store.ts';
import { identityFields, type SyncContext } from './sync-context.ts';

/** Indexes and stores records read from Zoho (a page, a push, a record the connector just wrote). */
export async function applyRecords(
  ctx: SyncContext,
  db: Queryable,
  module: MirrorModule,
  records: readonly ZohoRecord[],
): Promise<void> {
  const fields = await identityFields(ctx, module);
  const rows = records.map((values) => ({
    row: mirrorRow(module, values, fields, ctx.tenantCountry, ctx.orgCountry),
    values,
  }));
  await storeRecords(db, ctx.tenantId, ctx.orgId, module, rows);
}
