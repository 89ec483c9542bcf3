import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { SEQ } from '../store/ids.ts';
import { formatZoned } from './format-time.ts';
import { renderField } from './render-field.ts';

export function layoutId(org: OrgCrm, module: ModuleDef): string {
  return org.id(SEQ.layout + module.seq);
}

/** System-mandatory fields and those the module's Standard layout adds (`ModuleDef.layoutRequired`). */
export function isLayoutRequired(module: ModuleDef, field: FieldDef): boolean {
  return (field.systemMandatory ?? false) || (module.layoutRequired ?? []).includes(field.apiName);
}

function section(
  org: OrgCrm,
  module: ModuleDef,
  name: string,
  sequence: number,
  fields: readonly FieldDef[],
): Record<string, unknown> {
  return {
    display_label: name,
    sequence_number: sequence,
    isSubformSection: false,
    tab_traversal: 1,
    api_name: name.replace(/\s+/g, '_'),
    column_count: sequence === 1 ? 2 : 1,
    name,
    generated_type: 'default',
    // Each field as in /settings/fields plus the layout's own `required` (which /settings/fields lacks).
    fields: fields.map((f) => ({
      ...renderField(org, module, f, module.fields.indexOf(f)),
      required: isLayoutRequired(module, f),
    })),
    properties: null,
  };
}

/**
 * The module's one layout, "Standard", in the shape of v2 `GET /settings/layouts?module=` (the SDK's
 * Layout and Section models): every field in a main section, long texts in "Description Information".
 */
export function renderLayout(org: OrgCrm, module: ModuleDef): Record<string, unknown> {
  const time = formatZoned(org.metaModifiedAt, org.org.timeZone);
  const long = module.fields.filter((f) => f.dataType === 'textarea');
  const main = module.fields.filter((f) => f.dataType !== 'textarea');
  return {
    created_time: time,
    convert_mapping: module.apiName === 'Leads' ? { Contacts: null, Deals: null, Accounts: null } : undefined,
    modified_time: time,
    visible: true,
    created_for: null,
    name: 'Standard',
    modified_by: null,
    profiles: [
      { default: true, name: 'Administrator', id: org.id(SEQ.profile + 1) },
      { default: true, name: 'Standard', id: org.id(SEQ.profile + 2) },
    ],
    id: layoutId(org, module),
    created_by: null,
    sections: [
      section(org, module, `${module.singular} Information`, 1, main),
      ...(long.length ? [section(org, module, 'Description Information', 2, long)] : []),
    ],
    status: 0,
  };
}
