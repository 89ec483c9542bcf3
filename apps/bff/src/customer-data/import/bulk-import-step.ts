import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { inTransaction } from '../../db/queryable.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { refreshMirrorStatistics } from '../store/refresh-mirror-statistics.ts';
import { type BulkCursor, patchSyncState, type SyncState } from '../store/sync-state-store.ts';
import { applyRecords } from '../sync/apply-records.ts';
import type { SyncContext } from '../sync/sync-context.ts';
import { createBulkJob, readBulkJob } from './bulk-job.ts';
import { bulkColumns, rowReader } from './bulk-record.ts';
import { resultRows } from './bulk-result.ts';

/** `more`: go on now; `done`: imported; `{waitMs}`: a job is being written at Zoho, ask again later. */
export type ImportOutcome = 'more' | 'done' | { waitMs: number };

/** Rows applied (and the cursor moved) per transaction. */
export const BULK_BATCH_ROWS = 1_000;
/** Zoho keeps a result one day; a job older than this is replaced by a new one rather than downloaded. */
const RESULT_MAX_AGE_MS = 23 * 3600_000;
/** After a job ended in FAILURE, the next one is created this much later. */
const FAILED_RETRY_MS = 60_000;

export const FIRST_BULK_CURSOR: BulkCursor = {
  jobId: null,
  page: 1,
  rows: 0,
  done: 0,
  startedAt: null,
  createdAt: null,
};

const expired = (cursor: BulkCursor, now: number) =>
  cursor.createdAt !== null && now - new Date(cursor.createdAt).getTime() > RESULT_MAX_AGE_MS;

/**
 * One step of a Bulk Read import: create the job of the current page, wait for Zoho to write it, or
 * download it and apply its rows in batches. Each batch is committed with the number of rows of the
 * page applied so far, so a process killed mid-page skips them when it reads the page again; a page
 * whose result expired is asked for again. The last page hands over to polling from the moment the
 * first job was created: whatever changed while the jobs ran is read by the first poll.
 */
export async function bulkImportStep(
  ctx: SyncContext,
  state: SyncState,
  cursor: BulkCursor,
  deadline: number,
): Promise<ImportOutcome> {
  const { runtime, tenantId } = ctx;
  const module = state.module;
  const pollMs = runtime.bulk.pollMs;
  if (cursor.jobId === null || expired(cursor, runtime.now())) {
    const fields = await ctx.zoho.fields(module);
    const job = await createBulkJob(ctx.zoho, module, bulkColumns(fields), cursor.page);
    const bulk = { ...cursor, jobId: job.jobId, rows: 0, createdAt: job.createdAt };
    await patchSyncState(runtime.pool, tenantId, module, {
      import_cursor: { bulk: { ...bulk, startedAt: cursor.startedAt ?? job.createdAt } },
      paused_reason: null,
      error: null,
    });
    return { waitMs: pollMs };
  }
  const job = await readBulkJob(ctx.zoho, cursor.jobId);
  if (job.state === 'waiting') return { waitMs: pollMs };
  if (job.state === 'failed') {
    await patchSyncState(runtime.pool, tenantId, module, {
      import_cursor: { bulk: { ...cursor, jobId: null, rows: 0 } },
      error: `Zoho could not finish the Bulk Read job for ${module}; a new job starts in a minute.`,
    });
    return { waitMs: FAILED_RETRY_MS };
  }
  if (cursor.page === 1 && cursor.rows === 0)
    await patchSyncState(runtime.pool, tenantId, module, {
      total_estimate: job.count + (job.moreRecords ? job.perPage : 0),
    });
  const fields = await ctx.zoho.fields(module);
  const position = await applyPage(ctx, state, cursor, fields, deadline);
  if (position === null) return 'more';
  return finishPage(ctx, state, { ...cursor, rows: position }, job.moreRecords);
}

/**
 * Streams the job's CSV and applies the rows after `cursor.rows`. Returns the rows of the page read,
 * or null when the slice ended first (the cursor holds how far it got).
 */
async function applyPage(
  ctx: SyncContext,
  state: SyncState,
  cursor: BulkCursor,
  fields: readonly ZohoField[],
  deadline: number,
): Promise<number | null> {
  const { runtime, tenantId } = ctx;
  const rows = resultRows(await ctx.zoho.bulkResult(cursor.jobId ?? ''));
  const first = await rows.next();
  const header = first.done ? undefined : first.value;
  if (!header) throw new ZohoApiError(200, 'UNEXPECTED_RESPONSE', 'the Bulk Read result has no header');
  const read = rowReader(header, fields);
  let position = 0;
  let pending = 0;
  let batch: ZohoRecord[] = [];
  const commit = async () => {
    const records = batch;
    batch = [];
    pending = 0;
    await inTransaction(runtime.pool, async (db) => {
      await applyRecords(ctx, db, state.module, records);
      await patchSyncState(db, tenantId, state.module, {
        import_cursor: { bulk: { ...cursor, rows: position } },
        imported_add: records.length,
        last_sync_at: new Date(runtime.now()),
      });
    });
  };
  for await (const cells of rows) {
    position += 1;
    if (position <= cursor.rows) continue;
    const record = read(cells);
    if (record) batch.push(record);
    if (++pending < BULK_BATCH_ROWS) continue;
    await commit();
    // Leaving the loop closes the generator, which removes the downloaded file.
    if (runtime.now() >= deadline) return null;
  }
  await commit();
  return position;
}

async function finishPage(
  ctx: SyncContext,
  state: SyncState,
  cursor: BulkCursor,
  moreRecords: boolean,
): Promise<ImportOutcome> {
  const { runtime, tenantId } = ctx;
  const now = new Date(runtime.now());
  if (moreRecords) {
    const next = { ...cursor, jobId: null, page: cursor.page + 1, rows: 0, done: cursor.done + cursor.rows };
    await patchSyncState(runtime.pool, tenantId, state.module, {
      import_cursor: { bulk: next },
      total_estimate: Math.max(state.totalEstimate ?? 0, next.done + 1),
    });
    // Pushes and polls may write to the half-imported mirror: their plans need the page's rows counted.
    await refreshMirrorStatistics(runtime.pool);
    return 'more';
  }
  await patchSyncState(runtime.pool, tenantId, state.module, {
    phase: 'ready',
    import_cursor: null,
    total_estimate: cursor.done + cursor.rows,
    import_finished_at: now,
    changes_since: cursor.startedAt ? new Date(cursor.startedAt) : state.importStartedAt,
    last_sync_at: now,
    last_change_at: now,
    paused_reason: null,
    error: null,
  });
  return 'done';
}
