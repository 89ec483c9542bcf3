import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { withComputedFields } from '../store/computed-fields.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { isRef, type StoredRecord, stringValue, type Value } from '../store/stored-record.ts';
import { isLayoutRequired, layoutId } from '../render/render-layout.ts';
import { coerceValue } from './coerce-value.ts';
import { duplicateData, invalidData, mandatoryNotFound } from './record-error.ts';

export interface WriteTarget {
  org: OrgCrm;
  module: ModuleDef;
  /** Users who may own records: active members of the org. */
  ownerIds: ReadonlySet<string>;
}

const SYSTEM = new Set(['Created_By', 'Modified_By', 'Created_Time', 'Modified_Time']);
const POLY_TARGETS = ['Leads', 'Contacts', 'Accounts', 'Deals', 'Cases'];

function isEmpty(v: Value | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function checkReference(t: WriteTarget, field: FieldDef, value: Value, seModule: Value | undefined): void {
  if (!isRef(value)) return;
  const bad = invalidData({ api_name: field.apiName, expected_data_type: field.dataType });
  if (field.dataType === 'ownerlookup') {
    if (!t.ownerIds.has(value.id)) throw bad;
    return;
  }
  const targets =
    field.lookupModule === 'se_module'
      ? [typeof seModule === 'string' ? seModule : '']
      : field.apiName === 'Who_Id'
        ? ['Contacts', 'Leads']
        : [field.lookupModule ?? ''];
  if (!targets.some((m) => t.org.record(m, value.id))) throw bad;
}

function seModuleOf(t: WriteTarget, input: Record<string, unknown>): string | undefined {
  // v2 Notes take `se_module`; activities take `$se_module`.
  const raw = input.$se_module ?? (t.module.apiName === 'Notes' ? input.se_module : undefined);
  if (raw === undefined) return undefined;
  const name = typeof raw === 'string' ? t.org.module(raw)?.apiName : undefined;
  if (!name || !POLY_TARGETS.includes(name)) throw invalidData({ api_name: '$se_module' });
  return name;
}

function checkUnique(t: WriteTarget, values: Record<string, Value>, seq: number | undefined): void {
  const store = t.org.store(t.module.apiName);
  for (const field of t.module.fields) {
    const v = values[field.apiName];
    if (!field.unique || typeof v !== 'string' || v === '') continue;
    const other = store
      .lookup(field.apiName, v)
      .find(
        (s) =>
          s !== seq &&
          (stringValue(store.get(s)?.values[field.apiName]) ?? '').toLowerCase() === v.toLowerCase(),
      );
    if (other !== undefined) throw duplicateData(field.apiName, t.org.id(other));
  }
}

/**
 * Zoho enforces a layout's required fields only when the write names the layout (`"Layout":{"id":…}`);
 * without it only system-mandatory fields are checked
 * (https://www.zoho.com/crm/developer/docs/api/v2/insert-records.html). The connector never sends it.
 */
function checkLayout(t: WriteTarget, body: Record<string, unknown>, values: Record<string, Value>): void {
  const layout = body.Layout;
  if (layout === undefined || layout === null) return;
  const id = typeof layout === 'object' && 'id' in layout ? layout.id : undefined;
  if (id !== layoutId(t.org, t.module))
    throw invalidData({ api_name: 'Layout', expected_data_type: 'lookup' });
  for (const field of t.module.fields) {
    if (isLayoutRequired(t.module, field) && isEmpty(values[field.apiName]))
      throw mandatoryNotFound(field.apiName);
  }
}

/**
 * Validates one input record and returns the values to store (merged over `existing` on update).
 * Unknown keys and read-only fields are ignored, as Zoho does (a custom field the org deleted is
 * refused instead); failures throw a RecordFailure.
 */
export function buildValues(t: WriteTarget, input: unknown, existing?: StoredRecord): Record<string, Value> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalidData({});
  const body = input as Record<string, unknown>;
  const values: Record<string, Value> = { ...(existing?.values ?? {}) };
  const seModule = seModuleOf(t, body);
  if (seModule) values.$se_module = seModule;
  for (const field of t.module.fields) {
    if (!(field.apiName in body) || field.readOnly || SYSTEM.has(field.apiName)) continue;
    values[field.apiName] = coerceValue(field, body[field.apiName]);
    if (field.lookupModule === 'se_module' && values[field.apiName] !== null && !seModule) {
      throw mandatoryNotFound('$se_module');
    }
    checkReference(t, field, values[field.apiName] ?? null, values.$se_module);
  }
  // A custom field the org deleted: refused as Zoho refuses a field it cannot take (FIDELITY.md).
  const deleted = t.org.deletedFields.get(t.module.apiName);
  const named = deleted ? Object.keys(body).find((key) => deleted.has(key)) : undefined;
  if (named) throw invalidData({ api_name: named });
  for (const field of t.module.fields) {
    if (field.systemMandatory && isEmpty(values[field.apiName])) throw mandatoryNotFound(field.apiName);
  }
  checkLayout(t, body, values);
  checkUnique(t, values, existing?.seq);
  return withComputedFields(t.module.apiName, values);
}
