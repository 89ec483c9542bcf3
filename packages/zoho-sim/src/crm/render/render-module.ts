import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { SEQ } from '../store/ids.ts';
import { formatZoned } from './format-time.ts';

/** A module in the shape of v2 `GET /settings/modules` (the SDK needs api_supported and generated_type). */
export function renderModule(org: OrgCrm, module: ModuleDef): Record<string, unknown> {
  return {
    global_search_supported: module.apiName !== 'Notes',
    deletable: true,
    description: null,
    creatable: true,
    modified_time: formatZoned(org.metaModifiedAt, org.org.timeZone),
    plural_label: module.plural,
    presence_sub_menu: module.apiName !== 'Notes',
    id: org.id(SEQ.module + module.seq),
    visibility: 1,
    convertable: module.apiName === 'Leads',
    editable: true,
    emailTemplate_support: ['Leads', 'Contacts', 'Accounts', 'Deals', 'Cases'].includes(module.apiName),
    profiles: [
      { name: 'Administrator', id: org.id(SEQ.profile + 1) },
      { name: 'Standard', id: org.id(SEQ.profile + 2) },
    ],
    filter_supported: true,
    show_as_tab: module.apiName !== 'Notes',
    web_link: null,
    sequence_number: module.seq + 1,
    singular_label: module.singular,
    viewable: true,
    api_supported: true,
    api_name: module.apiName,
    quick_create: module.apiName !== 'Notes',
    modified_by: null,
    generated_type: 'default',
    feeds_required: false,
    scoring_supported: ['Leads', 'Contacts', 'Accounts', 'Deals'].includes(module.apiName),
    webform_supported: ['Leads', 'Contacts', 'Cases'].includes(module.apiName),
    arguments: [],
    module_name: module.plural,
    business_card_field_limit: 5,
    parent_module: {},
  };
}

/** The single-module form (`/settings/modules/{api_name}`) adds list-view details. */
export function renderModuleDetail(org: OrgCrm, module: ModuleDef): Record<string, unknown> {
  return {
    ...renderModule(org, module),
    display_field: module.displayField,
    per_page: 10,
    search_layout_fields: module.fields.slice(0, 4).map((f) => f.apiName),
    related_list_properties: null,
    $properties: ['$approved', '$editable', '$process_flow'],
    territory: null,
    custom_view: null,
    kanban_view: false,
    kanban_view_supported: module.apiName === 'Deals',
    filter_status: true,
    triggers_supported: true,
  };
}
