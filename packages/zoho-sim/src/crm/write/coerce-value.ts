import type { FieldDef } from '../metadata/field-def.ts';
import { parseZoned } from '../render/format-time.ts';
import type { Value } from '../store/stored-record.ts';
import { invalidData } from './record-error.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const typeError = (field: FieldDef) =>
  invalidData({ api_name: field.apiName, expected_data_type: field.dataType });

function text(field: FieldDef, raw: unknown): string {
  // Zoho stores numbers sent to text fields as their string form.
  const s = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
  if (typeof s !== 'string') throw typeError(field);
  if (field.length !== undefined && s.length > field.length) {
    throw invalidData({ api_name: field.apiName, maximum_length: field.length });
  }
  return s;
}

/** An input id of a lookup: `{"id": "…"}` (what clients send) or the bare id. */
export function inputId(raw: unknown): string | undefined {
  const v = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : raw;
  if (typeof v === 'string' && /^\d+$/.test(v)) return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return undefined;
}

/**
 * Checks one input value against its field's data type and returns the stored form. Lookups are only
 * shape-checked here; whether the target exists is check-record.ts's job.
 */
export function coerceValue(field: FieldDef, raw: unknown): Value {
  if (raw === null) return null;
  switch (field.dataType) {
    case 'text':
    case 'textarea':
    case 'website':
    case 'picklist':
    case 'phone':
      return text(field, raw);
    case 'email': {
      const s = text(field, raw);
      if (s !== '' && !EMAIL.test(s)) throw typeError(field);
      return s;
    }
    case 'integer':
    case 'bigint':
      if (typeof raw !== 'number' || !Number.isInteger(raw) || Math.abs(raw) >= 10 ** (field.length ?? 18))
        throw typeError(field);
      return raw;
    case 'double':
    case 'currency':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw typeError(field);
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean') throw typeError(field);
      return raw;
    case 'date':
      if (typeof raw !== 'string' || !DATE.test(raw) || Number.isNaN(Date.parse(raw))) throw typeError(field);
      return raw;
    case 'datetime': {
      const ms = typeof raw === 'string' ? parseZoned(raw) : undefined;
      if (ms === undefined) throw typeError(field);
      return ms;
    }
    case 'multiselectpicklist':
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) throw typeError(field);
      return raw;
    case 'lookup':
    case 'ownerlookup': {
      const id = inputId(raw);
      if (id === undefined) throw typeError(field);
      return { id };
    }
  }
}
