import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { z } from 'zod';
import type { Queryable } from '../../db/queryable.ts';
import { lockMirrorChanges } from './record-store.ts';

/** Where a paged import continues: the Modified_Time window it reads (inclusive) and the page within it. */
export const pagedCursorSchema = z.object({
  since: z.string().nullable(),
  page: z.number().int().min(1),
  // Set when Bulk Read was refused (no scope): the import stays paged whatever the org's size.
  pagedOnly: z.boolean().optional(),
});
export type PagedCursor = z.infer<typeof pagedCursorSchema>;

/**
 * Where a Bulk Read import continues: the job of the current result page (null: none created yet),
 * the rows of that page already applied (a restart skips them), the rows of earlier pages, and when
 * the first job was created at Zoho (polling continues from there) and this one (results expire).
 */
export const bulkCursorSchema = z.object({
  bulk: z.object({
    jobId: z.string().nullable(),
    page: z.number().int().min(1),
    rows: z.number().int().min(0),
    done: z.number().int().min(0),
    startedAt: z.string().nullable(),
    createdAt: z.string().nullable(),
  }),
});
export type BulkCursor = z.infer<typeof bulkCursorSchema>['bulk'];

export const importCursorSchema = z.union([bulkCursorSchema, pagedCursorSchema]);
export type ImportCursor = z.infer<typeof importCursorSchema>;

export interface SyncState {
  tenantId: string;
  module: MirrorModule;
  orgId: string;
  phase: 'importing' | 'ready';
  importCursor: ImportCursor | null;
  imported: number;
  totalEstimate: number | null;
  importStartedAt: Date;
  importFinishedAt: Date | null;
  changesSince: Date | null;
  deletedSince: Date | null;
  lastChangeAt: Date | null;
  lastSyncAt: Date | null;
  nextSyncAt: Date;
  pausedReason: string | null;
  error: string | null;
}

interface StateRow {
  tenant_id: string;
  module: MirrorModule;
  org_id: string;
  phase: 'importing' | 'ready';
  import_cursor: unknown;
  imported: number;
  total_estimate: number | null;
  import_started_at: Date;
  import_finished_at: Date | null;
  changes_since: Date | null;
  deleted_since: Date | null;
  last_change_at: Date | null;
  last_sync_at: Date | null;
  next_sync_at: Date;
  paused_reason: string | null;
  error: string | null;
}

const toState = (r: StateRow): SyncState => ({
  tenantId: r.tenant_id,
  module: r.module,
  orgId: r.org_id,
  phase: r.phase,
  importCursor: importCursorSchema.nullable().catch(null).parse(r.import_cursor),
  imported: r.imported,
  totalEstimate: r.total_estimate,
  importStartedAt: r.import_started_at,
  importFinishedAt: r.import_finished_at,
  changesSince: r.changes_since,
  deletedSince: r.deleted_since,
  lastChangeAt: r.last_change_at,
  lastSyncAt: r.last_sync_at,
  nextSyncAt: r.next_sync_at,
  pausedReason: r.paused_reason,
  error: r.error,
});

export async function readSyncStates(db: Queryable, tenantId: string): Promise<SyncState[]> {
  const { rows } = await db.query<StateRow>(
    'select * from mirror_sync_state where tenant_id = $1 order by module',
    [tenantId],
  );
  return rows.map(toState);
}

/** Starts (or restarts) a module's import from the first page; the mirrored rows stay until replaced. */
export async function startImport(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  orgId: string,
): Promise<void> {
  await db.query(
    `insert into mirror_sync_state (tenant_id, module, org_id, phase, import_cursor, imported, import_started_at,
        deleted_since, next_sync_at)
     values ($1, $2, $3, 'importing', $4, 0, now(), now(), now())
     on conflict (tenant_id, module) do update set org_id = excluded.org_id, phase = 'importing',
        import_cursor = excluded.import_cursor, imported = 0, total_estimate = null, import_started_at = now(),
        import_finished_at = null, deleted_since = coalesce(mirror_sync_state.deleted_since, now()),
        next_sync_at = now(), paused_reason = null, error = null, error_at = null`,
    [tenantId, module, orgId, JSON.stringify({ since: null, page: 1 })],
  );
}

export type StatePatch = Partial<{
  phase: 'importing' | 'ready';
  import_cursor: ImportCursor | null;
  imported_add: number;
  total_estimate: number | null;
  import_finished_at: Date;
  changes_since: Date | null;
  deleted_since: Date | null;
  last_change_at: Date;
  last_sync_at: Date;
  next_sync_at: Date;
  paused_reason: string | null;
  error: string | null;
}>;

const COLUMNS = new Set([
  'phase',
  'import_cursor',
  'total_estimate',
  'import_finished_at',
  'changes_since',
  'deleted_since',
  'last_change_at',
  'last_sync_at',
  'next_sync_at',
  'paused_reason',
  'error',
]);

/** Applies a patch; column names come from the fixed list above, never from input. */
export async function patchSyncState(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  patch: StatePatch,
): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [tenantId, module];
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'imported_add') {
      values.push(value);
      sets.push(`imported = imported + $${values.length}`);
    } else if (COLUMNS.has(key)) {
      values.push(key === 'import_cursor' && value !== null ? JSON.stringify(value) : value);
      sets.push(`${key} = $${values.length}`);
    }
  }
  if ('error' in patch) sets.push(patch.error ? 'error_at = now()' : 'error_at = null');
  if (sets.length === 0) return;
  // The mirror's change lock first, as every writer of the mirror takes it (see lockSyncStates).
  await lockMirrorChanges(db, tenantId);
  // One statement that first locks every module row of the tenant in module order (the count makes
  // PostgreSQL read the whole CTE): a transaction that patches Leads then Contacts and another that
  // patches Contacts then Leads queue up behind each other instead of deadlocking.
  await db.query(
    `with locked as (${LOCK_TENANT_STATES})
     update mirror_sync_state set ${sets.join(', ')}
      where tenant_id = $1 and module = $2 and (select count(*) from locked) > 0`,
    values,
  );
}

const LOCK_TENANT_STATES =
  'select module from mirror_sync_state where tenant_id = $1 order by module for no key update';

/**
 * Locks the tenant's mirror for changes, then its sync state rows in module order. Every transaction that
 * touches both takes them in this order: the change lock, the state rows, the record rows. Adding a
 * written record does the same (mirror-written-record.ts). Taking the state rows first and the change
 * lock later (as storeRecords does) deadlocked against the engine's written records under load.
 */
export async function lockSyncStates(db: Queryable, tenantId: string): Promise<void> {
  await lockMirrorChanges(db, tenantId);
  await db.query(LOCK_TENANT_STATES, [tenantId]);
}
