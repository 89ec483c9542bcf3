import { ZohoError } from '../http/errors.ts';
import { parseZoned } from '../render/format-time.ts';
import type { Literal, Predicate } from './ast.ts';
import type { Column } from './columns.ts';

export type Scalar = string | number | boolean | null;
type Kind = 'text' | 'number' | 'time' | 'bool' | 'ref';

const invalid = (column: string, reason: string) =>
  new ZohoError('INVALID_QUERY', { column_name: column, reason }, 'Invalid query formed');

function kindOf(col: Column): Kind {
  if (col.field === 'id') return 'ref';
  switch (col.field.dataType) {
    case 'integer':
    case 'bigint':
    case 'double':
    case 'currency':
      return 'number';
    case 'datetime':
      return 'time';
    case 'boolean':
      return 'bool';
    case 'lookup':
    case 'ownerlookup':
      return 'ref';
    default:
      return 'text';
  }
}

/** Converts a literal to the column's comparable form; INVALID_QUERY when the type does not fit. */
function convert(col: Column, lit: Literal): Scalar {
  const kind = kindOf(col);
  if (kind === 'number') {
    const n = Number(lit.text);
    if (lit.kind === 'string' || Number.isNaN(n)) throw invalid(col.name, 'invalid value for the data type');
    return n;
  }
  if (kind === 'time') {
    const ms = parseZoned(lit.text);
    if (ms === undefined) throw invalid(col.name, 'invalid value for the data type');
    return ms;
  }
  if (kind === 'bool') {
    if (!/^(true|false)$/i.test(lit.text)) throw invalid(col.name, 'invalid value for the data type');
    return lit.text.toLowerCase() === 'true';
  }
  if (kind === 'ref' && !/^\d+$/.test(lit.text)) throw invalid(col.name, 'invalid value for the data type');
  return lit.text.toLowerCase();
}

function norm(v: unknown): Scalar {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.join(';').toLowerCase();
  return null;
}

function likeRegExp(pattern: string): RegExp {
  const body = pattern
    .toLowerCase()
    .split('%')
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

/** Compiles a WHERE predicate to a record test; type errors surface before any record is read. */
export function compile(
  p: Predicate,
  column: (name: string) => Column,
): (get: (col: Column) => unknown) => boolean {
  if (p.kind === 'and' || p.kind === 'or') {
    const l = compile(p.left, column);
    const r = compile(p.right, column);
    return p.kind === 'and' ? (g) => l(g) && r(g) : (g) => l(g) || r(g);
  }
  const col = column(p.field);
  // COQL-Limitations (v2 to v8): multi-line fields such as Description cannot be used in criteria.
  if (col.field !== 'id' && col.field.dataType === 'textarea')
    throw invalid(col.name, 'multi-line fields are not supported in criteria');
  const kind = kindOf(col);
  switch (p.kind) {
    case 'null':
      return (g) => (norm(g(col)) === null || g(col) === '') !== p.negate;
    case 'like': {
      if (kind !== 'text') throw invalid(col.name, 'invalid operator for the data type');
      const re = likeRegExp(p.pattern);
      return (g) => {
        const v = norm(g(col));
        return typeof v === 'string' && re.test(v) !== p.negate;
      };
    }
    case 'in': {
      const set = new Set(p.values.map((v) => convert(col, v)));
      return (g) => {
        const v = norm(g(col));
        return v !== null && set.has(v) !== p.negate;
      };
    }
    case 'between': {
      if (kind !== 'number' && kind !== 'time') throw invalid(col.name, 'invalid operator for the data type');
      const [lo, hi] = [convert(col, p.low), convert(col, p.high)] as [number, number];
      return (g) => {
        const v = norm(g(col));
        return typeof v === 'number' && (v >= lo && v <= hi) !== p.negate;
      };
    }
    case 'compare': {
      const want = convert(col, p.value);
      if (p.op !== '=' && p.op !== '!=' && kind !== 'number' && kind !== 'time') {
        throw invalid(col.name, 'invalid operator for the data type');
      }
      return (g) => {
        const v = norm(g(col));
        if (p.op === '=') return v === want;
        if (p.op === '!=') return v !== null && v !== want;
        if (typeof v !== 'number' || typeof want !== 'number') return false;
        return p.op === '<' ? v < want : p.op === '>' ? v > want : p.op === '<=' ? v <= want : v >= want;
      };
    }
  }
}
