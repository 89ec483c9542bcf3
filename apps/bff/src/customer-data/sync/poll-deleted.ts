import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { z } from 'zod';
import { inTransaction } from '../../db/queryable.ts';
import { markDeleted } from '../store/record-store.ts';
import { lockSyncStates, patchSyncState, type SyncState } from '../store/sync-state-store.ts';
import type { SyncContext } from './sync-context.ts';

const deletedListSchema = z.object({
  data: z.array(z.looseObject({ id: z.string(), deleted_time: z.string().nullable().optional() })),
  info: z
    .object({ more_records: z.boolean().default(false) })
    .partial()
    .default({}),
});

const MAX_PAGES = 20;

/**
 * Records deleted in Zoho since the last look (`GET /{module}/deleted?type=all`, If-Modified-Since):
 * they leave the identity index and stay as tombstones for the platform's customer list. The cursor
 * moves to the newest deletion seen, after the ids are applied.
 */
export async function pollDeleted(ctx: SyncContext, state: SyncState): Promise<number> {
  const module: MirrorModule = state.module;
  const since = state.deletedSince ?? state.importStartedAt;
  const ids: string[] = [];
  let newest = since;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const response = await ctx.zoho.get(`/${module}/deleted`, {
      query: { type: 'all', page, per_page: 200 },
      schema: deletedListSchema,
      ifModifiedSince: since,
    });
    const data = response.data;
    if (!data) break;
    for (const entry of data.data) {
      ids.push(entry.id);
      const at = entry.deleted_time ? new Date(entry.deleted_time) : undefined;
      if (at && !Number.isNaN(at.getTime()) && at > newest) newest = at;
    }
    if (data.info.more_records !== true) break;
  }
  let removed = 0;
  await inTransaction(ctx.runtime.pool, async (db) => {
    await lockSyncStates(db, ctx.tenantId);
    removed = await markDeleted(db, ctx.tenantId, module, ids);
    await patchSyncState(db, ctx.tenantId, module, {
      deleted_since: newest,
      ...(removed ? { last_change_at: new Date(ctx.runtime.now()) } : {}),
    });
  });
  return removed;
}
