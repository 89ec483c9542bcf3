import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { inTransaction } from '../../db/queryable.ts';
import { patchSyncState, type SyncState } from '../store/sync-state-store.ts';
import { applyRecords } from '../sync/apply-records.ts';
import type { SyncContext } from '../sync/sync-context.ts';
import { modifiedAt, nextCursor, readModifiedPage } from './read-modified-page.ts';

/**
 * Reads and stores the next page of a module's import. The page and the cursor after it are committed
 * together, so a process killed at any moment resumes at the first page not stored (at most one page is
 * read twice, and storing is idempotent). Records changed in Zoho while the import runs move to the
 * end of the Modified_Time order and are read then: the import ends current, and polling continues
 * from the last Modified_Time it read.
 */
export async function importStep(ctx: SyncContext, state: SyncState): Promise<'more' | 'done'> {
  const module: MirrorModule = state.module;
  const cursor = state.importCursor ?? { since: null, page: 1 };
  const since = cursor.since ? new Date(cursor.since) : null;
  const page = await readModifiedPage(ctx.zoho, module, since, cursor.page);
  const last = page.records.length ? modifiedAt(page.records[page.records.length - 1]!) : null;
  const now = new Date(ctx.runtime.now());
  await inTransaction(ctx.runtime.pool, async (db) => {
    await applyRecords(ctx, db, module, page.records);
    if (page.more) {
      await patchSyncState(db, ctx.tenantId, module, {
        import_cursor: nextCursor(cursor, last),
        imported_add: page.records.length,
        last_sync_at: now,
        paused_reason: null,
        error: null,
      });
      return;
    }
    const newest = last ?? (since && since > state.importStartedAt ? since : state.importStartedAt);
    await patchSyncState(db, ctx.tenantId, module, {
      phase: 'ready',
      import_cursor: null,
      imported_add: page.records.length,
      import_finished_at: now,
      changes_since: newest,
      last_sync_at: now,
      ...(last ? { last_change_at: now } : {}),
      paused_reason: null,
      error: null,
    });
  });
  return page.more ? 'more' : 'done';
}
