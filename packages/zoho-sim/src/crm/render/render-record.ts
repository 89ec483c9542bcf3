import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { isRef, type StoredRecord, type Value } from '../store/stored-record.ts';
import { formatZoned } from './format-time.ts';
import { currencySymbol } from './render-org.ts';
import { type UserDirectory, userRef } from './user-ref.ts';

export interface RenderContext {
  org: OrgCrm;
  users: UserDirectory;
}

/** The `name` Zoho shows for a lookup: the target record's display field. */
export function displayName(ctx: RenderContext, module: string, id: string): string | null | undefined {
  const def = ctx.org.module(module);
  const rec = def ? ctx.org.record(def.apiName, id) : undefined;
  if (!def || !rec) return undefined;
  const v = rec.values[def.displayField];
  return typeof v === 'string' ? v : null;
}

/** The module a lookup value points into: `$se_module` for What_Id/Parent_Id; Who_Id may be a Lead. */
export function lookupTarget(
  ctx: RenderContext,
  field: FieldDef | undefined,
  rec: StoredRecord,
  id: string,
): string | undefined {
  const target = field?.lookupModule === 'se_module' ? rec.values.$se_module : field?.lookupModule;
  if (field?.apiName === 'Who_Id' || typeof target !== 'string') return ctx.org.moduleOf(id);
  return target;
}

function renderLookup(ctx: RenderContext, field: FieldDef, rec: StoredRecord, value: Value): unknown {
  if (!isRef(value)) return null;
  const module = lookupTarget(ctx, field, rec, value.id);
  const name = module ? displayName(ctx, module, value.id) : undefined;
  // A lookup to a deleted record reads as empty, as in Zoho.
  return name === undefined ? null : { name, id: value.id };
}

export function renderValue(ctx: RenderContext, field: FieldDef, rec: StoredRecord): unknown {
  if (field.apiName === 'Created_Time') return formatZoned(rec.createdAt, ctx.org.org.timeZone);
  if (field.apiName === 'Modified_Time') return formatZoned(rec.modifiedAt, ctx.org.org.timeZone);
  const value = rec.values[field.apiName];
  if (value === undefined || value === null) return null;
  switch (field.dataType) {
    case 'ownerlookup':
      return isRef(value) ? userRef(ctx.users, value.id) : null;
    case 'lookup':
      return renderLookup(ctx, field, rec, value);
    case 'datetime':
      return typeof value === 'number' ? formatZoned(value, ctx.org.org.timeZone) : value;
    default:
      return value;
  }
}

/** A record in Zoho's JSON shape; `only` limits the fields (`fields=` parameter), `id` is always kept. */
export function renderRecord(
  ctx: RenderContext,
  module: ModuleDef,
  rec: StoredRecord,
  only?: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of module.fields) {
    if (only && !only.has(field.apiName)) continue;
    out[field.apiName] = renderValue(ctx, field, rec);
  }
  if (!only) Object.assign(out, systemKeys(ctx, module, rec));
  else if (
    only.has('$se_module') ||
    (rec.values.$se_module && (only.has('What_Id') || only.has('Parent_Id')))
  ) {
    out.$se_module = rec.values.$se_module ?? null;
  }
  out.id = ctx.org.id(rec.seq);
  return out;
}

function systemKeys(ctx: RenderContext, module: ModuleDef, rec: StoredRecord): Record<string, unknown> {
  const keys: Record<string, unknown> = {
    $approval_state: 'approved',
    $approved: true,
    $editable: true,
    $process_flow: false,
    $in_merge: false,
    Tag: [],
  };
  if (module.fields.some((f) => f.dataType === 'currency'))
    keys.$currency_symbol = currencySymbol(ctx.org.org.currency);
  if (module.apiName === 'Leads') keys.$converted = false;
  if (module.fields.some((f) => f.lookupModule === 'se_module'))
    keys.$se_module = rec.values.$se_module ?? null;
  if (module.apiName === 'Notes') {
    Object.assign(keys, {
      $attachments: null,
      $voice_note: false,
      $is_shared_to_client: false,
      $size: null,
      $state: 'save',
    });
  }
  return keys;
}
