import { jsonTypeOf, type FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { SEQ } from '../store/ids.ts';

export function fieldId(org: OrgCrm, module: ModuleDef, index: number): string {
  return org.id(SEQ.field + module.seq * 1_000 + index);
}

function pickListValues(field: FieldDef): unknown[] {
  return (field.picklist ?? []).map((v, i) => ({
    display_value: v,
    sequence_number: i + 1,
    actual_value: v,
    maps: [],
  }));
}

function lookup(org: OrgCrm, field: FieldDef): Record<string, unknown> {
  if (field.dataType !== 'lookup' || !field.lookupModule) return {};
  const target = org.module(field.lookupModule);
  return {
    display_label: field.label,
    api_name: field.apiName,
    module: field.lookupModule,
    id: target ? org.id(SEQ.module + target.seq) : null,
  };
}

/** One field in the shape of v2 `GET /settings/fields` (what the SDK's Field model parses). */
export function renderField(
  org: OrgCrm,
  module: ModuleDef,
  field: FieldDef,
  index: number,
): Record<string, unknown> {
  const readOnly = field.readOnly ?? false;
  return {
    system_mandatory: field.systemMandatory ?? false,
    webhook: true,
    json_type: jsonTypeOf(field.dataType),
    crypt: null,
    field_label: field.label,
    tooltip: null,
    created_source: field.custom ? 'crm' : 'default',
    field_read_only: readOnly,
    display_label: field.label,
    read_only: readOnly,
    association_details: null,
    businesscard_supported: !readOnly,
    currency: field.dataType === 'currency' ? { rounding_option: 'normal', precision: 2 } : {},
    id: fieldId(org, module, index),
    custom_field: field.custom ?? false,
    lookup: lookup(org, field),
    visible: true,
    length: field.length ?? (field.dataType === 'datetime' || field.dataType === 'date' ? 20 : 255),
    view_type: { view: true, edit: !readOnly, quick_create: !readOnly, create: !readOnly },
    subform: null,
    api_name: field.apiName,
    unique: field.unique ? { casesensitive: 'false' } : {},
    history_tracking: null,
    data_type: field.dataType,
    formula: {},
    decimal_place: field.dataType === 'currency' ? 2 : null,
    mass_update: !readOnly,
    multiselectlookup: {},
    pick_list_values: pickListValues(field),
    auto_number: {},
  };
}
