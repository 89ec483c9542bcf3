import type { ModuleStore } from './module-store.ts';
import type { StoredRecord, Value } from './stored-record.ts';

export interface ListOptions {
  sortBy: string;
  desc: boolean;
  /** Only records modified at or after this instant (If-Modified-Since, inclusive). */
  since?: number;
  /** Only these records (`ids=`): read by id, as Zoho does, not by scanning the module. */
  only?: ReadonlySet<number>;
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
 * materialises a record, which keeps the first page of a million-record module cheap; Modified_Time and
 * If-Modified-Since come from the module's time index, so a poll costs what changed, not the org's size.
 */
export function listSeqs(store: ModuleStore, o: ListOptions): number[] {
  const ordered = <T>(items: T[]): T[] => (o.desc ? items.reverse() : items);
  if (o.only === undefined && o.where === undefined) {
    if (o.sortBy === 'Modified_Time') return ordered([...store.modifiedSince(o.since)]);
    if (o.sortBy === 'id' && o.since === undefined) return ordered([...store.seqs()]);
  }
  const candidates =
    o.only !== undefined
      ? [...o.only].filter((seq) => store.has(seq)).sort((a, b) => a - b)
      : o.since !== undefined
        ? store.modifiedSince(o.since)
        : store.seqs();
  const rows: { seq: number; key: string | number | null }[] = [];
  for (const seq of candidates) {
    const rec = store.get(seq);
    if (!rec) continue;
    if (o.since !== undefined && rec.modifiedAt < o.since) continue;
    if (o.where && !o.where(rec)) continue;
    rows.push({ seq, key: o.sortBy === 'id' ? seq : comparable(rec, o.sortBy) });
  }
  rows.sort((a, b) => compare(a.key, b.key) || a.seq - b.seq);
  return ordered(rows).map((r) => r.seq);
}
