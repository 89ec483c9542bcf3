import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { inTransaction } from '../../db/queryable.ts';
import { modifiedAt, nextCursor, readModifiedPage } from '../import/read-modified-page.ts';
import { patchSyncState, type SyncState } from '../store/sync-state-store.ts';
import { applyRecords } from './apply-records.ts';
import type { SyncContext } from './sync-context.ts';

/** A poll that finds this many pages of changes leaves the rest to the next run (other tenants wait). */
const MAX_PAGES_PER_POLL = 50;

/**
 * Records modified in Zoho since the last one applied (If-Modified-Since, oldest first; 304 when nothing
 * changed). Each page is committed with the Modified_Time it reached, so a crash loses nothing: the next
 * poll asks again from there. If-Modified-Since is inclusive, so the newest record is read again each
 * time; it is not counted as a change.
 */
export async function pollChanges(ctx: SyncContext, state: SyncState): Promise<number> {
  const module: MirrorModule = state.module;
  let cursor = { since: (state.changesSince ?? state.importStartedAt).toISOString(), page: 1 };
  let changed = 0;
  for (let pages = 0; pages < MAX_PAGES_PER_POLL; pages += 1) {
    const since = new Date(cursor.since);
    const page = await readModifiedPage(ctx.zoho, module, since, cursor.page);
    const fresh = page.records.filter((r) => (modifiedAt(r)?.getTime() ?? Infinity) > since.getTime());
    const last = page.records.length ? modifiedAt(page.records[page.records.length - 1]!) : null;
    await inTransaction(ctx.runtime.pool, async (db) => {
      await applyRecords(ctx, db, module, page.records);
      await patchSyncState(db, ctx.tenantId, module, {
        ...(last && last > since ? { changes_since: last } : {}),
        ...(fresh.length ? { last_change_at: new Date(ctx.runtime.now()) } : {}),
      });
    });
    changed += fresh.length;
    if (!page.more) break;
    const next = nextCursor(cursor, last, 1);
    cursor = { since: next.since ?? cursor.since, page: next.page };
  }
  return changed;
}
