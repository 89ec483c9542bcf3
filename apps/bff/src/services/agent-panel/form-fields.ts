import type { FormField } from '@cxc/shared/api/agent-panel';
import { isManagedField } from '@cxc/shared/domain/managed-fields';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { ZohoValue } from '@cxc/shared/domain/plan-schema';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';

/** What an agent usually fills besides the mandatory and mapped fields. */
const COMMON: Partial<Record<ZohoModule, readonly string[]>> = {
  Leads: ['First_Name', 'Last_Name', 'Company', 'Email', 'Phone', 'Mobile', 'Lead_Source', 'Description'],
  Contacts: ['First_Name', 'Last_Name', 'Email', 'Phone', 'Mobile', 'Description'],
  Cases: ['Subject', 'Status', 'Case_Origin', 'Priority', 'Description'],
  Tasks: ['Subject', 'Due_Date', 'Status', 'Priority', 'Description'],
  Calls: ['Subject', 'Call_Type', 'Call_Start_Time', 'Call_Duration', 'Description'],
  Notes: ['Note_Title', 'Note_Content'],
};

/** Zoho's `length` limits characters of text; on dates and numbers it means something else. */
const TEXTUAL = new Set(['text', 'textarea', 'email', 'phone', 'website']);

/** The Call facts are the planner's to fill, but the agent knows the real duration and direction. */
const AGENT_EDITABLE = new Set(['Call_Type', 'Call_Start_Time', 'Call_Duration']);

/** Types a plain form input can hold; lookups and owners are set by the panel (parent, owner rules). */
const FORM_TYPES = new Set([
  'text',
  'textarea',
  'email',
  'phone',
  'website',
  'picklist',
  'integer',
  'bigint',
  'double',
  'decimal',
  'currency',
  'percent',
  'date',
  'datetime',
  'boolean',
]);

export function isFormField(module: ZohoModule, field: ZohoField): boolean {
  if (field.read_only || !FORM_TYPES.has(field.data_type)) return false;
  return !isManagedField(module, field.api_name) || AGENT_EDITABLE.has(field.api_name);
}

export function valueText(value: ZohoValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return '';
  return String(value);
}

/** The form: mandatory, mapped and common fields of the module, in Zoho's field order, prefilled. */
export function formFields(
  module: ZohoModule,
  fields: readonly ZohoField[],
  prefill: Readonly<Record<string, ZohoValue>>,
): FormField[] {
  const common = COMMON[module] ?? [];
  return fields
    .filter((f) => isFormField(module, f))
    .filter((f) => f.system_mandatory || f.api_name in prefill || common.includes(f.api_name))
    .map((f) => ({
      apiName: f.api_name,
      label: f.field_label,
      dataType: f.data_type,
      mandatory: f.system_mandatory,
      length: TEXTUAL.has(f.data_type) ? (f.length ?? null) : null,
      picklist: f.pick_list_values
        .filter((p) => p.actual_value !== '-None-')
        .map((p) => ({ value: p.actual_value, label: p.display_value })),
      value: valueText(prefill[f.api_name]),
    }));
}
