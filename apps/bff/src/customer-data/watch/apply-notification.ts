import { MIRROR_MODULES, type MirrorModule } from '@cxc/shared/api/customer-data';
import { inTransaction } from '../../db/queryable.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { recordListSchema } from '../../zoho/zoho-schemas.ts';
import { markDeleted } from '../store/record-store.ts';
import { lockSyncStates, patchSyncState, readSyncStates } from '../store/sync-state-store.ts';
import { applyRecords } from '../sync/apply-records.ts';
import type { MirrorRuntime } from '../sync/mirror-runtime.ts';
import { insertsToRead } from './inserts-to-read.ts';
import { type SyncContext, tenantCountries } from '../sync/sync-context.ts';

/** Zoho reads at most 100 records by id per call. */
const IDS_PER_READ = 100;

export interface Notification {
  module: string;
  operation: 'insert' | 'update' | 'delete';
  ids: string[];
}

const isMirrorModule = (module: string): module is MirrorModule =>
  (MIRROR_MODULES as readonly string[]).includes(module);

/**
 * Applies one verified notification: deletions leave the index at once; created records the connector
 * wrote itself are already there (insertsToRead); other created and edited records are read by id (100 per call, through the org's slots and only while the credit budget allows) and stored
 * like a polled page. A module not mirrored, or a spent budget, is left to polling, which catches up
 * whatever a callback did not bring.
 */
export async function applyNotification(
  runtime: MirrorRuntime,
  tenantId: string,
  notification: Notification,
): Promise<void> {
  const { module, operation } = notification;
  if (!isMirrorModule(module)) return;
  const state = (await readSyncStates(runtime.pool, tenantId)).find((s) => s.module === module);
  if (!state) return;
  const notified = [...new Set(notification.ids)];
  const changed = { last_change_at: new Date(runtime.now()) };
  if (operation === 'delete') {
    await inTransaction(runtime.pool, async (db) => {
      await lockSyncStates(db, tenantId);
      if ((await markDeleted(db, tenantId, module, notified)) > 0)
        await patchSyncState(db, tenantId, module, changed);
    });
    return;
  }
  const ids =
    operation === 'insert' ? await insertsToRead(runtime.pool, tenantId, module, notified) : notified;
  if (ids.length === 0) return;
  if (!(await runtime.budget.check(tenantId)).pass) return;
  const connection = await readConnection(runtime.pool, tenantId);
  if (!connection?.org || connection.org.id !== state.orgId) return;
  const ctx: SyncContext = {
    runtime,
    tenantId,
    orgId: state.orgId,
    zoho: await runtime.client(tenantId),
    ...(await tenantCountries(runtime.pool, tenantId)),
    fields: new Map(),
  };
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const batch = ids.slice(i, i + IDS_PER_READ);
    const response = await ctx.zoho.get(`/${module}`, {
      query: { ids: batch.join(',') },
      schema: recordListSchema,
    });
    const records = response.data?.data ?? [];
    await inTransaction(runtime.pool, async (db) => {
      await applyRecords(ctx, db, module, records);
      if (records.length) await patchSyncState(db, tenantId, module, changed);
    });
  }
}
