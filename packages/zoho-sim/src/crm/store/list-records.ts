import type { ModuleStore } from './module-store.ts';
import type { StoredRecord, Value } from './stored-record.ts';

export interface ListOptions {
  sortBy: string;
  desc: boolean;
  /** Only records modified at or after this instant (If-Modified-Since, inclusive). */
  since?: number;
  /** Extra filter on the materialised record. */
  where?: (rec: StoredRecord) => boolean;
}

function comparable(rec: StoredRecord, sortBy: string): string | number | null {
  if (sortBy === 'Created_Time') return rec.createdAt;
  if (sortBy === 'Modified_Time') return rec.modifiedAt;
  const v: Value | undefined = rec.values[sortBy];
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Array.isArray(v) ? v.join(';') : v.id;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * Sequence numbers of a module's records in the requested order. Sorting by id without filters never
 * materialises a record, which keeps the first page of a million-record module cheap.
 */
export function listSeqs(store: ModuleStore, o: ListOptions): number[] {
  const filtered = o.since !== undefined || o.where !== undefined;
  if (o.sortBy === 'id' && !filtered) {
    const seqs = [...store.seqs()];
    return o.desc ? seqs.reverse() : seqs;
  }
  const rows: { seq: number; key: string | number | null }[] = [];
  for (const seq of store.seqs()) {
    const rec = store.get(seq);
    if (!rec) continue;
    if (o.since !== undefined && rec.modifiedAt < o.since) continue;
    if (o.where && !o.where(rec)) continue;
    rows.push({ seq, key: o.sortBy === 'id' ? seq : comparable(rec, o.sortBy) });
  }
  rows.sort((a, b) => compare(a.key, b.key) || a.seq - b.seq);
  if (o.desc) rows.reverse();
  return rows.map((r) => r.seq);
}
