import { ZohoError } from '../http/errors.ts';
import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { formatZoned } from '../render/format-time.ts';
import { lookupTarget, type RenderContext } from '../render/render-record.ts';
import { fullName } from '../render/user-ref.ts';
import { isRef, type StoredRecord } from '../store/stored-record.ts';

/** One CSV column: its header (the requested API name) and how a record fills it. */
export interface Column {
  header: string;
  value(rec: StoredRecord): string;
}

/** Zoho's CSV sample holds plain values: ids for lookups and owners, ISO-8601 times, `;` lists. */
function plain(ctx: RenderContext, field: FieldDef, rec: StoredRecord): string {
  if (field.apiName === 'Created_Time') return formatZoned(rec.createdAt, ctx.org.org.timeZone);
  if (field.apiName === 'Modified_Time') return formatZoned(rec.modifiedAt, ctx.org.org.timeZone);
  const v = rec.values[field.apiName];
  if (v === undefined || v === null) return '';
  if (isRef(v)) return v.id;
  if (Array.isArray(v)) return v.join(';');
  if (field.dataType === 'datetime' && typeof v === 'number') return formatZoned(v, ctx.org.org.timeZone);
  return String(v);
}

const USER_KEYS = new Set(['id', 'email', 'first_name', 'last_name', 'full_name']);

/** `Owner.email`, `Created_By.last_name` …: a user's attribute. */
function userColumn(ctx: RenderContext, field: FieldDef, key: string, header: string): Column {
  return {
    header,
    value(rec) {
      const ref = rec.values[field.apiName];
      const user = isRef(ref) ? ctx.users.get(ref.id) : undefined;
      if (!isRef(ref)) return '';
      if (key === 'id') return ref.id;
      if (!user) return '';
      if (key === 'email') return user.email;
      if (key === 'first_name') return user.firstName;
      if (key === 'last_name') return user.lastName;
      return fullName(user);
    },
  };
}

/** `Account_Name.Phone`: a field of the looked-up record (empty when it is gone). */
function lookupColumn(ctx: RenderContext, field: FieldDef, sub: string, header: string): Column {
  const target = field.lookupModule && field.lookupModule !== 'se_module' ? field.lookupModule : undefined;
  const targetDef = target ? ctx.org.module(target) : undefined;
  const subField = targetDef?.fields.find((f) => f.apiName === sub);
  if (!targetDef || (!subField && sub !== 'id'))
    throw new ZohoError('FIELD_NOT_AVAILABLE', { api_name: header });
  return {
    header,
    value(rec) {
      const ref = rec.values[field.apiName];
      if (!isRef(ref)) return '';
      if (sub === 'id') return ref.id;
      const module = lookupTarget(ctx, field, rec, ref.id) ?? targetDef.apiName;
      const other = ctx.org.record(module, ref.id);
      return other && subField ? plain(ctx, subField, other) : '';
    },
  };
}

function column(ctx: RenderContext, module: ModuleDef, name: string): Column {
  const [base = '', sub, extra] = name.split('.');
  const field = module.fields.find((f) => f.apiName === base);
  if (!field || extra !== undefined) throw new ZohoError('FIELD_NOT_AVAILABLE', { api_name: name });
  if (sub === undefined) return { header: name, value: (rec) => plain(ctx, field, rec) };
  if (field.dataType === 'ownerlookup' && USER_KEYS.has(sub)) return userColumn(ctx, field, sub, name);
  if (field.dataType === 'lookup') return lookupColumn(ctx, field, sub, name);
  throw new ZohoError('FIELD_NOT_AVAILABLE', { api_name: name });
}

export const MAX_FIELDS = 200;

/**
 * The CSV's columns: `id` first (Zoho always adds it), then the requested fields in the order given,
 * or every field of the module when none are named (or, as Zoho documents, more than 200).
 */
export function columnsFor(
  ctx: RenderContext,
  module: ModuleDef,
  fields: readonly string[] | undefined,
): Column[] {
  const names =
    fields && fields.length > 0 && fields.length <= MAX_FIELDS
      ? [...new Set(fields.filter((n) => n !== 'id'))]
      : module.fields.map((f) => f.apiName);
  const idColumn: Column = { header: 'id', value: (rec) => ctx.org.id(rec.seq) };
  return [idColumn, ...names.map((n) => column(ctx, module, n))];
}

/** RFC 4180 quoting: only when needed, doubling quotes. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
