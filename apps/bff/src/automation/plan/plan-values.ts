import type { CountryCode } from 'libphonenumber-js';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import { isManagedField } from '@cxc/shared/domain/managed-fields';
import type { MappingRow } from '@cxc/shared/domain/mapping';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { PlanIssue, ZohoValue } from '@cxc/shared/domain/plan-schema';
import type { ResolveContext } from '@cxc/shared/domain/source-resolve';
import { resolveSource } from '@cxc/shared/domain/source-resolve';
import { findSourceField, type SourceType } from '@cxc/shared/domain/source-fields';
import { renderTemplate } from '@cxc/shared/domain/template';
import { formatDateTime } from '@cxc/shared/domain/text-format';
import { toZohoDateValue } from '@cxc/shared/domain/zoho-date';
import { findField, type ZohoField } from '@cxc/shared/domain/zoho-fields';

export interface ValueContext {
  event: ConversationEvent;
  resolve: ResolveContext;
  defaultCountry?: CountryCode;
}

type Raw = { value: string | number | boolean; type: SourceType | 'constant' };
const NUMERIC = ['integer', 'bigint', 'double', 'decimal', 'currency', 'percent'];

/** The row's value before it meets the Zoho field: source, rendered template, constant, or fallback. */
export function rowValue(
  module: ZohoModule,
  row: MappingRow,
  ctx: ValueContext,
  issues: PlanIssue[],
): Raw | undefined {
  let raw: Raw | undefined;
  const src = row.source;
  if (src.kind === 'constant') raw = { value: src.value, type: 'constant' };
  else if (src.kind === 'field') {
    const value = resolveSource(src.path, ctx.event, ctx.resolve);
    raw = value === undefined ? undefined : { value, type: findSourceField(src.path)?.type ?? 'text' };
  } else {
    const out = renderTemplate(src.template, ctx.event, ctx.resolve);
    for (const i of out.issues)
      issues.push({
        severity: 'warning',
        code: `template_${i.code}`,
        module,
        field: row.zohoField,
        params: i.params,
      });
    raw = out.text ? { value: out.text, type: out.text.includes('\n') ? 'multiline' : 'text' } : undefined;
  }
  return raw ?? (row.fallback === undefined ? undefined : { value: row.fallback, type: 'constant' });
}

function asText(raw: Raw, ctx: ValueContext): string {
  return raw.type === 'datetime'
    ? formatDateTime(String(raw.value), ctx.resolve.timeZone)
    : String(raw.value);
}

function pick(field: ZohoField, s: string): string | undefined {
  const wanted = s.trim().toLowerCase();
  return (
    field.pick_list_values.find((p) => p.actual_value === s)?.actual_value ??
    field.pick_list_values.find(
      (p) => p.actual_value.toLowerCase() === wanted || p.display_value.toLowerCase() === wanted,
    )?.actual_value
  );
}

/** Converts to what Zoho accepts for the field's data type; `undefined` drops the field (with an issue). */
export function toFieldValue(
  raw: Raw,
  field: ZohoField | undefined,
  ctx: ValueContext,
  module: ZohoModule,
  issues: PlanIssue[],
): ZohoValue | undefined {
  const warn = (code: string, params: PlanIssue['params'] = {}) => {
    issues.push({ severity: 'warning', code, module, ...(field ? { field: field.api_name } : {}), params });
    return undefined;
  };
  if (!field) return typeof raw.value === 'boolean' ? raw.value : asText(raw, ctx);
  const type = field.data_type;
  const s = String(raw.value);
  if (type === 'datetime' || type === 'date') {
    return toZohoDateValue(s, type, ctx.resolve.timeZone) ?? warn('value_not_a_date', { value: s });
  }
  if (NUMERIC.includes(type)) {
    const n = Number(s);
    if (s.trim() === '' || !Number.isFinite(n)) return warn('value_not_a_number', { value: s });
    return type === 'integer' || type === 'bigint' ? Math.round(n) : n;
  }
  if (type === 'boolean') return s === 'true';
  if (type === 'picklist' || type === 'multiselectpicklist') {
    const value = pick(field, s);
    if (value === undefined) return warn('picklist_value_not_found', { value: s });
    return type === 'picklist' ? value : [value];
  }
  let text = asText(raw, ctx);
  if (type === 'phone') {
    const phone = normalizePhone(text, ctx.event.visitor.country ?? ctx.defaultCountry);
    if (phone.ok) text = phone.e164;
  }
  if (type === 'text') text = text.replace(/\s*\n\s*/g, ' ');
  if (field.length && text.length > field.length) {
    issues.push({
      severity: 'info',
      code: 'value_truncated',
      module,
      field: field.api_name,
      params: { length: text.length, max: field.length },
    });
    text = `${text.slice(0, field.length - 1)}…`;
  }
  return text;
}

/** Field values of a module's mapping for this event. Empty sources are left out, never sent as blanks. */
export function mapRows(
  module: ZohoModule,
  rows: readonly MappingRow[],
  fields: readonly ZohoField[] | undefined,
  ctx: ValueContext,
  issues: PlanIssue[],
): Record<string, ZohoValue> {
  const values: Record<string, ZohoValue> = {};
  for (const row of rows) {
    const field = findField(fields, row.zohoField);
    if (fields && !field) {
      issues.push({ severity: 'warning', code: 'field_not_found', module, field: row.zohoField, params: {} });
      continue;
    }
    const raw = rowValue(module, row, ctx, issues);
    if (raw === undefined) continue;
    const value = toFieldValue(raw, field, ctx, module, issues);
    if (value !== undefined) values[row.zohoField] = value;
  }
  return values;
}

/** Mandatory fields a create would send empty: Zoho would answer MANDATORY_NOT_FOUND, so the plan blocks. */
export function mandatoryEmpty(
  module: ZohoModule,
  values: Record<string, ZohoValue>,
  fields: readonly ZohoField[] | undefined,
): PlanIssue[] {
  return (fields ?? [])
    .filter(
      (f) => f.system_mandatory && !isManagedField(module, f.api_name) && values[f.api_name] === undefined,
    )
    .map((f) => ({ severity: 'error', code: 'mandatory_empty', module, field: f.api_name, params: {} }));
}
