import { ZohoError } from '../http/errors.ts';
import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { isRef, type StoredRecord, type Value } from '../store/stored-record.ts';

/** Criteria as the Bulk Read API takes them: one condition, or a group of them (nested groups allowed). */
export type CriteriaInput =
  | { api_name: string; comparator: string; value: unknown }
  | { group_operator: string; group: CriteriaInput[] };

export type RecordTest = (rec: StoredRecord, id: string) => boolean;

export const MAX_CRITERIA = 25;
/** Zoho's marker for "the field is empty". */
const EMPTY = '${EMPTY}';

const ANY = new Set(['equal', 'not_equal', 'in', 'not_in']);
const TEXT = new Set(['contains', 'not_contains', 'starts_with', 'ends_with']);
const ORDERED = new Set([
  'less_than',
  'less_equal',
  'greater_than',
  'greater_equal',
  'between',
  'not_between',
]);
const TEXT_TYPES = new Set([
  'text',
  'textarea',
  'email',
  'phone',
  'website',
  'picklist',
  'multiselectpicklist',
]);
const ORDERED_TYPES = new Set(['integer', 'bigint', 'double', 'currency', 'date', 'datetime']);

type Scalar = string | number | boolean | null;

/** The field's value as something comparable: epoch ms for times, id for lookups, text otherwise. */
function fieldValue(field: FieldDef | undefined, rec: StoredRecord, id: string): Scalar | string[] {
  if (!field) return id;
  if (field.apiName === 'Created_Time') return rec.createdAt;
  if (field.apiName === 'Modified_Time') return rec.modifiedAt;
  const v: Value | undefined = rec.values[field.apiName];
  if (v === undefined || v === null) return null;
  if (isRef(v)) return v.id;
  if (field.dataType === 'date' && typeof v === 'string') return Date.parse(`${v}T00:00:00Z`);
  return v;
}

function criteriaValue(field: FieldDef | undefined, raw: unknown, where: string): Scalar {
  if (raw === EMPTY || raw === null) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') throw valueError(where, raw);
  if (field && (field.dataType === 'datetime' || field.dataType === 'date')) {
    const ms = Date.parse(field.dataType === 'date' && raw.length === 10 ? `${raw}T00:00:00Z` : raw);
    if (Number.isNaN(ms)) throw valueError(where, raw);
    return ms;
  }
  if (field && ORDERED_TYPES.has(field.dataType)) {
    const n = Number(raw);
    if (raw.trim() === '' || Number.isNaN(n)) throw valueError(where, raw);
    return n;
  }
  if (field?.dataType === 'boolean') return raw.toLowerCase() === 'true';
  return raw;
}

function valueError(where: string, raw: unknown): ZohoError {
  return new ZohoError('VALUE_IN_CRITERIA_NOT_SUPPORTED', { api_name: where, value: String(raw) });
}

const lower = (v: Scalar): Scalar => (typeof v === 'string' ? v.toLowerCase() : v);

function equals(actual: Scalar | string[], wanted: Scalar): boolean {
  if (wanted === null) return actual === null || actual === '' || (Array.isArray(actual) && !actual.length);
  if (Array.isArray(actual)) return actual.some((a) => lower(a) === lower(wanted));
  return lower(actual) === lower(wanted);
}

function textTest(comparator: string, actual: Scalar | string[], wanted: string): boolean {
  const hay = (Array.isArray(actual) ? actual.join(';') : String(actual ?? '')).toLowerCase();
  const needle = wanted.toLowerCase();
  if (comparator === 'starts_with') return hay.startsWith(needle);
  if (comparator === 'ends_with') return hay.endsWith(needle);
  const found = hay.includes(needle);
  return comparator === 'contains' ? found : !found;
}

function orderedTest(comparator: string, actual: Scalar | string[], wanted: Scalar[]): boolean {
  if (typeof actual !== 'number') return comparator === 'not_between';
  const [a, b] = wanted as number[];
  switch (comparator) {
    case 'less_than':
      return actual < (a as number);
    case 'less_equal':
      return actual <= (a as number);
    case 'greater_than':
      return actual > (a as number);
    case 'greater_equal':
      return actual >= (a as number);
    case 'between':
      return actual >= (a as number) && actual <= (b as number);
    default:
      return actual < (a as number) || actual > (b as number);
  }
}

function compileLeaf(module: ModuleDef, c: { api_name: unknown; comparator: unknown; value: unknown }) {
  const name = typeof c.api_name === 'string' ? c.api_name : '';
  const field = module.fields.find((f) => f.apiName === name);
  if (!field && name !== 'id') throw new ZohoError('FIELD_NOT_AVAILABLE', { api_name: name });
  const comparator = typeof c.comparator === 'string' ? c.comparator : '';
  const type = field?.dataType ?? 'bigint';
  const allowed =
    ANY.has(comparator) ||
    (TEXT.has(comparator) && TEXT_TYPES.has(type)) ||
    (ORDERED.has(comparator) && ORDERED_TYPES.has(type));
  if (!allowed)
    throw new ZohoError('FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED', { api_name: name, comparator });
  const many = comparator === 'in' || comparator === 'not_in' || comparator.endsWith('between');
  if (many !== Array.isArray(c.value)) throw valueError(name, c.value);
  const raws: unknown[] = many ? (c.value as unknown[]) : [c.value];
  if (comparator.endsWith('between') && raws.length !== 2) throw valueError(name, c.value);
  if (raws.length === 0 || raws.length > 100) throw valueError(name, c.value);
  const wanted = raws.map((r) => criteriaValue(field, r, name));
  return (rec: StoredRecord, id: string): boolean => {
    const actual = fieldValue(field, rec, id);
    if (ORDERED.has(comparator)) return orderedTest(comparator, actual, wanted);
    if (TEXT.has(comparator)) return textTest(comparator, actual, String(wanted[0] ?? ''));
    const hit = wanted.some((w) => equals(actual, w));
    return comparator === 'equal' || comparator === 'in' ? hit : !hit;
  };
}

/** Validates criteria against the module and turns them into a record test (throws Zoho's errors). */
export function compileCriteria(module: ModuleDef, input: unknown): RecordTest {
  let leaves = 0;
  const walk = (node: unknown, depth: number): RecordTest => {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || depth > 10)
      throw new ZohoError('INVALID_CRITERIA', { api_name: 'criteria' });
    const c = node as Record<string, unknown>;
    const isGroup = 'group' in c || 'group_operator' in c;
    if (isGroup && 'api_name' in c) throw new ZohoError('INVALID_CRITERIA', { api_name: 'criteria' });
    if (!isGroup) {
      leaves += 1;
      if (leaves > MAX_CRITERIA) throw new ZohoError('CRITERIA_LIMIT_EXCEEDED', { limit: MAX_CRITERIA });
      return compileLeaf(module, { api_name: c.api_name, comparator: c.comparator, value: c.value });
    }
    const op = typeof c.group_operator === 'string' ? c.group_operator.toLowerCase() : '';
    if ((op !== 'and' && op !== 'or') || !Array.isArray(c.group) || c.group.length < 2)
      throw new ZohoError('INVALID_CRITERIA', { api_name: 'criteria' });
    const parts = c.group.map((g) => walk(g, depth + 1));
    return op === 'and'
      ? (rec, id) => parts.every((p) => p(rec, id))
      : (rec, id) => parts.some((p) => p(rec, id));
  };
  return walk(input, 0);
}
