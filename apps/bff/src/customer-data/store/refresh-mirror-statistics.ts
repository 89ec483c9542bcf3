import type { Queryable } from '../../db/queryable.ts';

/**
 * Updates the planner's statistics of the mirror's tables after an import wrote many rows. Without them
 * PostgreSQL planned "these records' keys" as a scan of the tenant's whole index (2 s per 100 records at
 * 100,000 records, where the index answers in 1 ms), and autovacuum may be off or far behind an import.
 * ANALYZE samples a fixed number of rows, so it costs about the same at any size; it takes no lock that
 * readers or writers wait for. A role that does not own the tables gets a warning, not an error.
 */
export async function refreshMirrorStatistics(db: Queryable): Promise<void> {
  await db.query('analyze mirror_records, mirror_identities');
}
