import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';

/** Field types Zoho's Bulk Read does not export (sub-forms, files, images, multi-select lookups). */
const NOT_EXPORTED = new Set(['subform', 'multiselectlookup', 'fileupload', 'imageupload', 'profileimage']);
const NUMBERS = new Set(['integer', 'bigint', 'double', 'decimal', 'currency', 'percent']);
const REFERENCES = new Set(['lookup', 'ownerlookup', 'userlookup']);
/** Zoho takes at most 200 field names; with more it exports every field (and no dotted names). */
const MAX_FIELDS = 200;
const OWNER_NAME = ['first_name', 'last_name'] as const;

/**
 * The columns a Bulk Read job asks for: every exportable field, the owner's first and last name, and
 * the name of each record an Accounts lookup points to (the CSV gives lookups and owners as ids, while
 * a record read page by page carries `{id, name}`; the mirror keeps the same shape either way).
 */
export function bulkColumns(fields: readonly ZohoField[]): string[] {
  const plain = fields.filter((f) => !NOT_EXPORTED.has(f.data_type)).map((f) => f.api_name);
  const names = fields.flatMap((f) => {
    if (f.data_type === 'ownerlookup' && f.api_name === 'Owner') return OWNER_NAME.map((k) => `Owner.${k}`);
    if (f.data_type === 'lookup' && f.lookupModule === 'Accounts') return [`${f.api_name}.Account_Name`];
    return [];
  });
  const all = [...plain, ...names];
  return all.length <= MAX_FIELDS ? all : plain.slice(0, MAX_FIELDS);
}

function cellValue(field: ZohoField | undefined, raw: string): unknown {
  if (raw === '') return null;
  const type = field?.data_type ?? 'text';
  if (REFERENCES.has(type)) return { id: raw };
  if (type === 'boolean') return raw === 'true';
  if (NUMBERS.has(type)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  if (type === 'multiselectpicklist') return raw.split(';');
  return raw;
}

export type RowReader = (cells: readonly string[]) => ZohoRecord | null;

/**
 * Turns the CSV's rows into records shaped like Zoho's JSON: numbers and booleans typed, multi-select
 * values as arrays, lookups as `{id, name}` with the name from its dotted column. A row without an id
 * is skipped (the header names its columns; cells beyond them are ignored).
 */
export function rowReader(header: readonly string[], fields: readonly ZohoField[]): RowReader {
  const byName = new Map(fields.map((f) => [f.api_name, f]));
  return (cells) => {
    const record: Record<string, unknown> = {};
    const ownerName: string[] = [];
    header.forEach((column, i) => {
      const raw = cells[i] ?? '';
      const dot = column.indexOf('.');
      if (dot < 0) {
        record[column] = cellValue(byName.get(column), raw);
        return;
      }
      const base = column.slice(0, dot);
      if (base === 'Owner') {
        if (raw) ownerName.push(raw);
        return;
      }
      const ref = record[base];
      if (raw && typeof ref === 'object' && ref !== null) (ref as Record<string, unknown>).name = raw;
    });
    const owner = record.Owner;
    if (ownerName.length && typeof owner === 'object' && owner !== null)
      (owner as Record<string, unknown>).name = ownerName.join(' ');
    const id = record.id;
    if (typeof id !== 'string' || id === '') return null;
    return { ...record, id };
  };
}
