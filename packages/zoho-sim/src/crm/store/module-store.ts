import type { StoredRecord } from './stored-record.ts';
import { stringValue } from './stored-record.ts';
import { TimeIndex } from './time-index.ts';
import { ValueIndex } from './value-index.ts';

/** Rebuilds a generated record from its batch tag and sequence number (see seed/generator.ts). */
export type Materialise = (tag: number, seq: number) => StoredRecord;

export interface IndexSpec {
  apiName: string;
  caseInsensitive: boolean;
}

/**
 * Records of one module of one org, keyed by sequence number. Generated records are kept as a small
 * integer tag and rebuilt on read, so a million-record org stays small; an edit replaces the tag with
 * the full record. Map iteration order is insertion order, which is ascending sequence (= id) order
 * because sequence numbers only grow and an edit keeps its key's position.
 */
export class ModuleStore {
  private readonly rows = new Map<number, StoredRecord | number>();
  private readonly indexes = new Map<string, ValueIndex>();
  private readonly modified = new TimeIndex();

  constructor(
    specs: readonly IndexSpec[],
    private readonly materialise: Materialise,
  ) {
    for (const s of specs) {
      this.indexes.set(s.apiName, new ValueIndex(s.caseInsensitive ? (v) => v.toLowerCase() : (v) => v));
    }
  }

  get size(): number {
    return this.rows.size;
  }

  has(seq: number): boolean {
    return this.rows.has(seq);
  }

  get(seq: number): StoredRecord | undefined {
    const row = this.rows.get(seq);
    return typeof row === 'number' ? this.materialise(row, seq) : row;
  }

  put(record: StoredRecord): void {
    const old = this.get(record.seq);
    if (old) this.unindex(old);
    this.rows.set(record.seq, record);
    this.index(record);
  }

  addGenerated(tag: number, seq: number): void {
    this.rows.set(seq, tag);
    this.index(this.materialise(tag, seq));
  }

  delete(seq: number): StoredRecord | undefined {
    const old = this.get(seq);
    if (!old) return undefined;
    this.unindex(old);
    this.rows.delete(seq);
    return old;
  }

  /** Sequence numbers in ascending (id) order. */
  seqs(): IterableIterator<number> {
    return this.rows.keys();
  }

  /** Sequence numbers of records modified at or after `since`, oldest change first (ties by id). */
  modifiedSince(since?: number): IterableIterator<number> {
    return this.modified.from(since);
  }

  /** Candidate records whose indexed field `apiName` may hold `value` (callers re-check). */
  lookup(apiName: string, value: string): number[] {
    return this.indexes.get(apiName)?.candidates(value) ?? [];
  }

  isIndexed(apiName: string): boolean {
    return this.indexes.has(apiName);
  }

  /** Rows for a snapshot: full records, or generation tags. */
  entries(): IterableIterator<[number, StoredRecord | number]> {
    return this.rows.entries();
  }

  private index(record: StoredRecord): void {
    this.modified.add(record.modifiedAt, record.seq);
    for (const [apiName, idx] of this.indexes) {
      const v = stringValue(record.values[apiName]);
      if (v) idx.add(v, record.seq);
    }
  }

  private unindex(record: StoredRecord): void {
    this.modified.remove(record.modifiedAt, record.seq);
    for (const [apiName, idx] of this.indexes) {
      const v = stringValue(record.values[apiName]);
      if (v) idx.remove(v, record.seq);
    }
  }
}
