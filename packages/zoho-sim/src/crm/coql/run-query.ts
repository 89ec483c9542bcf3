import { ZohoError } from '../http/errors.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { formatZoned } from '../render/format-time.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import type { StoredRecord } from '../store/stored-record.ts';
import type { Predicate, SelectQuery } from './ast.ts';
import { type Column, columnValue, resolveColumn } from './columns.ts';
import { compile } from './predicate.ts';

/**
 * v2: "You can fetch a maximum of 200 records per API call" (v2 COQL-Limitations); 2,000 came with v3+
 * and this simulator speaks v2. Up to 10,000 rows are reachable through LIMIT/OFFSET paging.
 */
export const MAX_LIMIT = 200;
export const MAX_REACHABLE = 10_000;
export const MAX_COLUMNS = 50;
/** "You can include a maximum of 25 criteria in the WHERE clause" (COQL-Limitations, v2 to v8). */
export const MAX_CRITERIA = 25;

function countCriteria(p: Predicate): number {
  return p.kind === 'and' || p.kind === 'or' ? countCriteria(p.left) + countCriteria(p.right) : 1;
}

const limitExceeded = (details: Record<string, unknown>) =>
  new ZohoError('LIMIT_EXCEEDED', details, 'limit exceeded');

function checkLimits(q: SelectQuery): void {
  if (q.fields.length > MAX_COLUMNS) throw limitExceeded({ clause: 'select', limit: MAX_COLUMNS });
  if (q.limit < 1 || q.limit > MAX_LIMIT) throw limitExceeded({ clause: 'limit', limit: MAX_LIMIT });
  if (q.offset + q.limit > MAX_REACHABLE) throw limitExceeded({ clause: 'offset', limit: MAX_REACHABLE });
  if (countCriteria(q.where) > MAX_CRITERIA) throw limitExceeded({ clause: 'where', limit: MAX_CRITERIA });
  const seen = new Set<string>();
  for (const f of q.fields) {
    if (seen.has(f)) throw new ZohoError('DUPLICATE_DATA', { column_name: f }, 'duplicate column in select');
    seen.add(f);
  }
}

/**
 * Index shortcut for `Field = 'value'` and `Field in (…)` on an indexed field, `id = n`, and `or` / `and`
 * of those (a phone looked up in every spelling and phone field stays an index read at 1M records).
 * A superset is fine: every candidate is still tested against the whole WHERE.
 */
function candidates(org: OrgCrm, module: ModuleDef, where: Predicate): number[] | undefined {
  if (where.kind === 'or' || where.kind === 'and') {
    const left = candidates(org, module, where.left);
    const right = candidates(org, module, where.right);
    if (where.kind === 'and') return left ?? right;
    return left && right ? [...left, ...right] : undefined;
  }
  const values =
    where.kind === 'compare' && where.op === '='
      ? [where.value]
      : where.kind === 'in' && !where.negate
        ? where.values
        : undefined;
  if (!values) return undefined;
  if (where.field.toLowerCase() === 'id') return values.flatMap((v) => org.seq(v.text) ?? []);
  const store = org.store(module.apiName);
  return store.isIndexed(where.field) ? values.flatMap((v) => store.lookup(where.field, v.text)) : undefined;
}

function render(org: OrgCrm, col: Column, rec: StoredRecord): unknown {
  const v = columnValue(org, col, rec);
  if (v === null || col.field === 'id') return v;
  const type = col.field.dataType;
  if (type === 'datetime' && typeof v === 'number') return formatZoned(v, org.org.timeZone);
  // v2 COQL returns lookups as `{id}` only (names came in v7).
  if (type === 'lookup' || type === 'ownerlookup') return { id: v };
  return v;
}

/**
 * The COQL page lists the modules it reads (leads, accounts, contacts, users, deals, campaigns, tasks,
 * cases, events, calls, … and custom); Notes is not among them: a record's notes are read through
 * `GET /{module}/{id}/Notes`.
 */
const queryableByCoql = (apiName: string) => apiName !== 'Notes';

/** Runs a parsed query; rows in Zoho's shape (selected columns plus `id`). */
export function runQuery(org: OrgCrm, q: SelectQuery): { rows: Record<string, unknown>[]; more: boolean } {
  const module = org.module(q.module);
  if (!module || !queryableByCoql(module.apiName))
    throw new ZohoError(
      'INVALID_QUERY',
      { reason: 'invalid module', module: q.module },
      'Invalid query formed',
    );
  checkLimits(q);
  const cache = new Map<string, Column>();
  const column = (name: string): Column => {
    let c = cache.get(name);
    if (!c) cache.set(name, (c = resolveColumn(org, module, name)));
    return c;
  };
  const select = q.fields.map(column);
  const test = compile(q.where, column);
  const order = q.orderBy.map((o) => ({ col: column(o.field), desc: o.desc }));
  const store = org.store(module.apiName);
  const seqs = candidates(org, module, q.where) ?? [...store.seqs()];
  const hits: StoredRecord[] = [];
  for (const seq of [...new Set(seqs)].sort((a, b) => a - b)) {
    const rec = store.get(seq);
    if (rec && test((c) => columnValue(org, c, rec))) hits.push(rec);
  }
  if (order.length) hits.sort((a, b) => compareBy(org, order, a, b));
  const page = hits.slice(q.offset, q.offset + q.limit);
  const rows = page.map((rec) => {
    const row: Record<string, unknown> = {};
    for (const c of select) row[c.name] = render(org, c, rec);
    row.id = org.id(rec.seq);
    return row;
  });
  return { rows, more: q.offset + q.limit < hits.length };
}

function sortText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? v.join(';') : '';
}

function compareBy(
  org: OrgCrm,
  order: { col: Column; desc: boolean }[],
  a: StoredRecord,
  b: StoredRecord,
): number {
  for (const { col, desc } of order) {
    const x = columnValue(org, col, a);
    const y = columnValue(org, col, b);
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : sortText(x).localeCompare(sortText(y));
    if (c !== 0) return desc ? -c : c;
  }
  return a.seq - b.seq;
}
