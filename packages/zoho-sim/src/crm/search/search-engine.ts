import type { ModuleDef } from '../metadata/module-def.ts';
import type { RenderContext } from '../render/render-record.ts';
import { type StoredRecord, stringValue } from '../store/stored-record.ts';
import type { Criteria } from './criteria-parser.ts';
import { matchCriteria } from './match.ts';

export type SearchQuery =
  { kind: 'criteria'; criteria: Criteria } | { kind: 'email' | 'phone' | 'word'; value: string };

export interface SearchOptions {
  /** Stop after this many matches (the caller asks for cap + 1 to know whether there are more). */
  limit: number;
  /** Records still inside the search-index delay are invisible to search. */
  visible: (rec: StoredRecord) => boolean;
}

function fieldsOfType(module: ModuleDef, type: 'email' | 'phone'): string[] {
  return module.fields.filter((f) => f.dataType === type).map((f) => f.apiName);
}

function wordMatch(rec: StoredRecord, word: string): boolean {
  for (const v of Object.values(rec.values)) {
    if (typeof v === 'string' && v.toLowerCase().includes(word)) return true;
  }
  return false;
}

/** Index candidates for email/phone search, and for a single `equals` on an indexed field. */
function indexedSeqs(ctx: RenderContext, module: ModuleDef, q: SearchQuery): number[] | undefined {
  const store = ctx.org.store(module.apiName);
  if (q.kind === 'email' || q.kind === 'phone') {
    return fieldsOfType(module, q.kind).flatMap((f) => store.lookup(f, q.value));
  }
  if (
    q.kind === 'criteria' &&
    q.criteria.kind === 'cond' &&
    q.criteria.op === 'equals' &&
    store.isIndexed(q.criteria.field)
  ) {
    return store.lookup(q.criteria.field, q.criteria.value);
  }
  return undefined;
}

function matches(ctx: RenderContext, module: ModuleDef, q: SearchQuery, rec: StoredRecord): boolean {
  switch (q.kind) {
    case 'criteria':
      return matchCriteria(ctx, module, q.criteria, rec, q.criteria.kind === 'cond');
    case 'email': {
      const want = q.value.toLowerCase();
      return fieldsOfType(module, 'email').some(
        (f) => (stringValue(rec.values[f]) ?? '').toLowerCase() === want,
      );
    }
    case 'phone':
      return fieldsOfType(module, 'phone').some((f) => rec.values[f] === q.value);
    case 'word':
      return wordMatch(rec, q.value.toLowerCase());
  }
}

/** Matching sequence numbers, newest first, at most `limit`. */
export function runSearch(ctx: RenderContext, module: ModuleDef, q: SearchQuery, o: SearchOptions): number[] {
  const store = ctx.org.store(module.apiName);
  const indexed = indexedSeqs(ctx, module, q);
  const seqs = indexed ? [...new Set(indexed)].sort((a, b) => b - a) : [...store.seqs()].reverse();
  const out: number[] = [];
  for (const seq of seqs) {
    const rec = store.get(seq);
    if (!rec || !o.visible(rec) || !matches(ctx, module, q, rec)) continue;
    out.push(seq);
    if (out.length >= o.limit) break;
  }
  return out;
}
