import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { inTransaction } from '../../db/queryable.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { type PagedCursor, patchSyncState, type SyncState } from '../store/sync-state-store.ts';
import { applyRecords } from '../sync/apply-records.ts';
import type { SyncContext } from '../sync/sync-context.ts';
import { bulkImportStep, FIRST_BULK_CURSOR, type ImportOutcome } from './bulk-import-step.ts';
import { modifiedAt, nextCursor, readModifiedPage } from './read-modified-page.ts';
import { refreshMirrorStatistics } from '../store/refresh-mirror-statistics.ts';

/**
 * The next step of a module's import: a Bulk Read step once the import switched to it, else a page.
 * A connection authorized before Bulk Read was asked for (no `ZohoCRM.bulk.READ`) goes on page by page.
 */
export async function importStep(
  ctx: SyncContext,
  state: SyncState,
  deadline: number,
): Promise<ImportOutcome> {
  const cursor = state.importCursor ?? { since: null, page: 1 };
  if (!('bulk' in cursor)) return pagedStep(ctx, state, cursor);
  try {
    return await bulkImportStep(ctx, state, cursor.bulk, deadline);
  } catch (error) {
    if (!(error instanceof ZohoApiError && error.zohoCode === 'OAUTH_SCOPE_MISMATCH')) throw error;
    ctx.runtime.logger.info(
      { tenantId: ctx.tenantId, module: state.module },
      'no Bulk Read scope: paged import',
    );
    await patchSyncState(ctx.runtime.pool, ctx.tenantId, state.module, {
      import_cursor: { since: null, page: 1, pagedOnly: true },
    });
    return 'more';
  }
}

/**
 * Reads and stores the next page of a module's import. The page and the cursor after it are committed
 * together, so a process killed at any moment resumes at the first page not stored (at most one page is
 * read twice, and storing is idempotent). Records changed in Zoho while the import runs move to the
 * end of the Modified_Time order and are read then: the import ends current, and polling continues
 * from the last Modified_Time it read. An org found larger than the Bulk Read threshold switches to
 * Bulk Read (the pages read so far stay; the jobs read them again, which changes nothing).
 */
async function pagedStep(ctx: SyncContext, state: SyncState, cursor: PagedCursor): Promise<ImportOutcome> {
  const module: MirrorModule = state.module;
  const since = cursor.since ? new Date(cursor.since) : null;
  const page = await readModifiedPage(ctx.zoho, module, since, cursor.page);
  const last = page.records.length ? modifiedAt(page.records[page.records.length - 1]!) : null;
  const now = new Date(ctx.runtime.now());
  const { threshold } = ctx.runtime.bulk;
  const toBulk =
    page.more && !cursor.pagedOnly && threshold > 0 && state.imported + page.records.length >= threshold;
  await inTransaction(ctx.runtime.pool, async (db) => {
    await applyRecords(ctx, db, module, page.records);
    if (page.more) {
      await patchSyncState(db, ctx.tenantId, module, {
        import_cursor: toBulk
          ? { bulk: FIRST_BULK_CURSOR }
          : { ...nextCursor(cursor, last), ...(cursor.pagedOnly ? { pagedOnly: true } : {}) },
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
  // The Bulk Read jobs read these pages' records again: their keys are replaced, which needs a plan
  // that knows the rows are there.
  if (toBulk) await refreshMirrorStatistics(ctx.runtime.pool);
  return page.more ? 'more' : 'done';
}
