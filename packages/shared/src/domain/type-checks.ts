import { z } from 'zod';
import { isManagedField } from './managed-fields.ts';
import type { MappingRow, MappingSource } from './mapping.ts';
import type { ZohoModule } from './modules.ts';
import { findSourceField, type SourceType } from './source-fields.ts';
import { parseTemplate } from './template-parse.ts';
import { parseCalendarValue } from './zoho-date.ts';
import { isKnownDataType, type KnownDataType, type ZohoField } from './zoho-fields.ts';

export interface MappingCheck {
  level: 'warning' | 'error';
  code: string;
  params: Record<string, string | number>;
}

type Fit = 'ok' | 'warn';
const NUMERIC: KnownDataType[] = ['integer', 'bigint', 'double', 'decimal', 'currency', 'percent'];
const TEXTUAL = { text: 'ok', textarea: 'ok' } as const;

/** What each source type may be written into. `warn`: accepted, but the value is only checked at run time. */
const FITS: Record<SourceType, Partial<Record<KnownDataType, Fit>>> = {
  text: {
    ...TEXTUAL,
    picklist: 'warn',
    multiselectpicklist: 'warn',
    email: 'warn',
    phone: 'warn',
    website: 'warn',
  },
  multiline: { textarea: 'ok', text: 'warn' },
  email: { ...TEXTUAL, email: 'ok' },
  phone: { ...TEXTUAL, phone: 'ok' },
  datetime: { ...TEXTUAL, datetime: 'ok', date: 'ok' },
  number: { ...TEXTUAL, ...Object.fromEntries(NUMERIC.map((t) => [t, 'ok'])) },
  url: { ...TEXTUAL, website: 'ok' },
};

const NOT_WRITABLE: KnownDataType[] = ['autonumber', 'formula'];
const LOOKUPS: KnownDataType[] = ['lookup', 'ownerlookup', 'userlookup'];

export function sourceTypeOf(source: MappingSource): SourceType | undefined {
  if (source.kind === 'field') return findSourceField(source.path)?.type;
  if (source.kind === 'template') return source.template.includes('\n') ? 'multiline' : 'text';
  return undefined;
}

const err = (code: string, params: MappingCheck['params'] = {}): MappingCheck => ({
  level: 'error',
  code,
  params,
});

function constantFits(value: string | number | boolean, type: KnownDataType): boolean {
  const s = String(value);
  if (NUMERIC.includes(type))
    return (
      s.trim() !== '' &&
      Number.isFinite(Number(s)) &&
      (!['integer', 'bigint'].includes(type) || Number.isInteger(Number(s)))
    );
  if (type === 'boolean') return s === 'true' || s === 'false';
  if (type === 'date' || type === 'datetime') return parseCalendarValue(s) !== undefined;
  if (type === 'email') return z.email().safeParse(s).success;
  if (type === 'website') return z.url().safeParse(s).success;
  return typeof value === 'string';
}

/** A fixed value (constant or fallback): exact, because it is known before any event arrives. */
export function checkConstant(value: string | number | boolean, field: ZohoField): MappingCheck[] {
  const type = field.data_type as KnownDataType;
  if (type === 'picklist' || type === 'multiselectpicklist') {
    const allowed = field.pick_list_values.map((p) => p.actual_value);
    return allowed.includes(String(value))
      ? []
      : [err('picklist_value_unknown', { value: String(value), allowed: allowed.join(', ') })];
  }
  if (!constantFits(value, type))
    return [err('constant_type_mismatch', { value: String(value), dataType: type })];
  if (typeof value === 'string' && field.length && value.length > field.length) {
    return [err('constant_too_long', { length: value.length, max: field.length })];
  }
  return [];
}

/** Can this row's source go into this Zoho field? Errors block automatic mode; warnings are shown. */
export function checkMapping(row: MappingRow, field: ZohoField): MappingCheck[] {
  const type = field.data_type;
  if (!isKnownDataType(type)) return [err('field_type_unsupported', { dataType: type })];
  if (field.read_only || NOT_WRITABLE.includes(type)) return [err('field_read_only')];
  if (LOOKUPS.includes(type)) return [err('field_not_mappable', { dataType: type })];
  const fallback =
    row.fallback === undefined
      ? []
      : checkConstant(row.fallback, field).map((c) => ({ ...c, code: `fallback_${c.code}` }));
  return [...sourceChecks(row, field, type), ...fallback];
}

function sourceChecks(row: MappingRow, field: ZohoField, type: KnownDataType): MappingCheck[] {
  if (row.source.kind === 'constant') return checkConstant(row.source.value, field);
  const sourceType = sourceTypeOf(row.source);
  if (!sourceType) return [];
  const fit = FITS[sourceType][type];
  if (!fit) return [err('type_mismatch', { sourceType, dataType: type })];
  const checks: MappingCheck[] = [];
  if (fit === 'warn') {
    const code =
      type === 'text'
        ? 'may_be_flattened'
        : type.includes('picklist')
          ? 'picklist_value_at_runtime'
          : 'format_checked_at_runtime';
    checks.push({ level: 'warning', code, params: { sourceType, dataType: type } });
  }
  if (sourceType === 'multiline' && type === 'text' && field.length) {
    checks.push({ level: 'warning', code: 'may_be_truncated', params: { max: field.length } });
  }
  return checks;
}

/** A template with literal text outside its placeholders can never render empty. */
function neverEmpty(row: MappingRow): boolean {
  if (row.fallback !== undefined || row.source.kind === 'constant') return true;
  if (row.source.kind === 'field') return false;
  return parseTemplate(row.source.template).parts.some((p) => p.kind === 'text' && p.text.trim() !== '');
}

export interface MandatoryGap {
  field: string;
  level: 'error' | 'warning';
  code: 'mandatory_unmapped' | 'mandatory_may_be_empty';
}

/** System-mandatory fields must be mapped (or managed by the planner); a bare source can still be empty. */
export function mandatoryGaps(
  module: ZohoModule,
  rows: readonly MappingRow[],
  fields: readonly ZohoField[],
): MandatoryGap[] {
  return fields
    .filter((f) => f.system_mandatory && !isManagedField(module, f.api_name))
    .flatMap((f): MandatoryGap[] => {
      const row = rows.find((r) => r.zohoField === f.api_name);
      if (!row) return [{ field: f.api_name, level: 'error', code: 'mandatory_unmapped' }];
      return neverEmpty(row) ? [] : [{ field: f.api_name, level: 'warning', code: 'mandatory_may_be_empty' }];
    });
}
