import { type ModuleStatus, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import type { SyncState } from '../store/sync-state-store.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Import progress from the Modified_Time window the import has reached: the import reads oldest change
 * first, so the share of the time between the oldest record and the import's start that is behind the
 * cursor is the share done (Zoho v2 has no record count to divide by). Time left follows from the pace.
 * A Bulk Read import divides the rows applied by the count its job reported.
 */
function progressOf(
  state: SyncState,
  oldest: Date | null,
  now: number,
): { progress: number | null; secondsLeft: number | null } {
  if (state.phase === 'ready') return { progress: 1, secondsLeft: null };
  const cursor = state.importCursor;
  if (cursor && 'bulk' in cursor) return bulkProgress(state, cursor.bulk.done + cursor.bulk.rows, now);
  const since = cursor?.since ? new Date(cursor.since).getTime() : null;
  if (since === null || !oldest) return { progress: 0, secondsLeft: null };
  const span = state.importStartedAt.getTime() - oldest.getTime();
  if (span <= 0) return { progress: null, secondsLeft: null };
  const progress = Math.min(0.99, Math.max(0, (since - oldest.getTime()) / span));
  const elapsed = (now - state.importStartedAt.getTime()) / 1000;
  const secondsLeft = progress > 0.01 ? Math.round((elapsed * (1 - progress)) / progress) : null;
  return { progress, secondsLeft };
}

/** A Bulk Read import knows the record count once its first job completed (`total_estimate`). */
function bulkProgress(
  state: SyncState,
  rows: number,
  now: number,
): { progress: number | null; secondsLeft: number | null } {
  if (!state.totalEstimate) return { progress: 0, secondsLeft: null };
  const progress = Math.min(0.99, rows / state.totalEstimate);
  const elapsed = (now - state.importStartedAt.getTime()) / 1000;
  const secondsLeft = progress > 0.01 ? Math.round((elapsed * (1 - progress)) / progress) : null;
  return { progress, secondsLeft };
}

export async function moduleStatuses(
  db: Queryable,
  tenantId: string,
  modules: readonly MirrorModule[],
  states: readonly SyncState[],
  now: number,
): Promise<ModuleStatus[]> {
  const { rows } = await db.query<{ module: string; n: number; oldest: Date | null }>(
    `select module, count(*) filter (where not deleted)::int as n, min(modified_at) as oldest
       from mirror_records where tenant_id = $1 group by module`,
    [tenantId],
  );
  return modules.map((module) => {
    const state = states.find((s) => s.module === module);
    const row = rows.find((r) => r.module === module);
    if (!state)
      return {
        module,
        phase: 'not_started',
        records: row?.n ?? 0,
        progress: null,
        secondsLeft: null,
        lastChangeAt: null,
        lastSyncAt: null,
        lagSeconds: null,
        nextSyncAt: null,
        pausedReason: null,
        error: null,
      };
    const { progress, secondsLeft } = progressOf(state, row?.oldest ?? null, now);
    return {
      module,
      phase: state.phase,
      records: row?.n ?? 0,
      progress,
      secondsLeft,
      lastChangeAt: iso(state.lastChangeAt),
      lastSyncAt: iso(state.lastSyncAt),
      lagSeconds: state.lastSyncAt
        ? Math.max(0, Math.round((now - state.lastSyncAt.getTime()) / 1000))
        : null,
      nextSyncAt: iso(state.nextSyncAt),
      pausedReason: state.pausedReason,
      error: state.error,
    };
  });
}
