import { ZohoError } from '../http/errors.ts';
import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { isRef, type StoredRecord } from '../store/stored-record.ts';

/** A resolved column: a field of the base module, or of a lookup's target (`Account_Name.Phone`). */
export interface Column {
  name: string;
  field: FieldDef | 'id';
  via?: FieldDef;
}

const ID = 'id';

function fieldOf(module: ModuleDef, name: string): FieldDef | 'id' | undefined {
  if (name.toLowerCase() === ID) return ID;
  return module.fields.find((f) => f.apiName === name);
}

export function resolveColumn(org: OrgCrm, module: ModuleDef, name: string): Column {
  const invalid = () =>
    new ZohoError('INVALID_QUERY', { column_name: name, reason: 'invalid column' }, 'Invalid query formed');
  const [head, tail, extra] = name.split('.');
  if (extra !== undefined || !head) throw invalid();
  const base = fieldOf(module, head);
  if (!base) throw invalid();
  if (tail === undefined) return { name, field: base };
  if (base === ID || base.dataType !== 'lookup' || !base.lookupModule || base.lookupModule === 'se_module')
    throw invalid();
  const target = org.module(base.lookupModule);
  const field = target ? fieldOf(target, tail) : undefined;
  if (!field) throw invalid();
  return { name, field, via: base };
}

/** The raw stored value behind a column (ids as strings, times as epoch ms). */
export function columnValue(org: OrgCrm, col: Column, rec: StoredRecord): unknown {
  let source: StoredRecord | undefined = rec;
  if (col.via) {
    const ref = rec.values[col.via.apiName];
    source = isRef(ref) && col.via.lookupModule ? org.record(col.via.lookupModule, ref.id) : undefined;
    if (!source) return null;
  }
  if (col.field === ID) return org.id(source.seq);
  if (col.field.apiName === 'Created_Time') return source.createdAt;
  if (col.field.apiName === 'Modified_Time') return source.modifiedAt;
  const v = source.values[col.field.apiName];
  if (v === undefined) return null;
  return isRef(v) ? v.id : v;
}
