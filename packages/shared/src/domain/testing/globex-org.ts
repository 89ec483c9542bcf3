import type { FieldsByModule } from '../fields-by-module.ts';
import type { ZohoModule } from '../modules.ts';
import { type ZohoFieldInput, zohoFieldsResponseSchema } from '../zoho-fields.ts';
import { type ZohoUser, zohoUserSchema } from '../zoho-users.ts';

type Raw = ZohoFieldInput & Record<string, unknown>;

const f = (api_name: string, data_type: string, extra: Partial<Raw> = {}): Raw => ({
  api_name,
  field_label: api_name.replace(/_/g, ' '),
  data_type,
  json_type: 'string',
  visible: true,
  system_mandatory: false,
  custom_field: false,
  read_only: false,
  length: data_type === 'textarea' ? 32_000 : 255,
  lookup: {},
  ...extra,
});

const picklist = (api_name: string, values: string[], extra: Partial<Raw> = {}) =>
  f(api_name, 'picklist', {
    pick_list_values: values.map((v) => ({ display_value: v, actual_value: v, id: v })),
    ...extra,
  });
const mandatory = { system_mandatory: true };

/** `/settings/fields` of a stock org ("Globex"): no rs_utm_* custom fields on Leads. */
const RAW: Partial<Record<ZohoModule, Raw[]>> = {
  Leads: [
    f('Owner', 'ownerlookup'),
    f('First_Name', 'text', { length: 40 }),
    f('Last_Name', 'text', { ...mandatory, length: 80 }),
    f('Full_Name', 'text', { read_only: true }),
    f('Email', 'email', { length: 100 }),
    f('Secondary_Email', 'email'),
    f('Phone', 'phone', { length: 30 }),
    f('Mobile', 'phone', { length: 30 }),
    f('Company', 'text', { length: 200 }),
    picklist('Lead_Source', ['-None-', 'Advertisement', 'Cold Call', 'Chat', 'Web Download']),
    picklist('Lead_Status', ['-None-', 'Not Contacted', 'Contacted']),
    f('Description', 'textarea'),
    f('No_of_Employees', 'integer', { length: 9 }),
    f('Lead_Number', 'autonumber', { read_only: true }),
  ],
  Contacts: [
    f('Owner', 'ownerlookup'),
    f('First_Name', 'text', { length: 40 }),
    f('Last_Name', 'text', { ...mandatory, length: 80 }),
    f('Email', 'email'),
    f('Secondary_Email', 'email'),
    f('Phone', 'phone', { length: 30 }),
    f('Mobile', 'phone', { length: 30 }),
    f('Home_Phone', 'phone', { length: 30 }),
    f('Account_Name', 'lookup', { lookup: { module: { api_name: 'Accounts' } }, unknown_key: { id: '1' } }),
    f('Description', 'textarea'),
  ],
  Accounts: [f('Owner', 'ownerlookup'), f('Account_Name', 'text', mandatory), f('Phone', 'phone')],
  Deals: [
    f('Owner', 'ownerlookup'),
    f('Deal_Name', 'text', { ...mandatory, length: 120 }),
    picklist('Stage', ['Qualification', 'Needs Analysis', 'Closed Won'], mandatory),
    picklist('Pipeline', ['Standard', 'Partner'], mandatory),
    f('Contact_Name', 'lookup', { lookup: { module: 'Contacts' } }),
    f('Account_Name', 'lookup', { lookup: { module: 'Accounts' } }),
  ],
  Tasks: [
    f('Owner', 'ownerlookup'),
    f('Subject', 'text', mandatory),
    f('Due_Date', 'date'),
    picklist('Status', ['Not Started', 'In Progress', 'Completed']),
    f('Description', 'textarea'),
    f('Who_Id', 'lookup'),
    f('What_Id', 'lookup'),
  ],
  Cases: [
    f('Owner', 'ownerlookup'),
    f('Subject', 'text', mandatory),
    picklist('Status', ['New', 'On Hold', 'Escalated', 'Closed'], mandatory),
    picklist('Case_Origin', ['Email', 'Phone', 'Web'], mandatory),
    f('Description', 'textarea'),
    f('Email', 'email'),
    f('Phone', 'phone'),
    f('Contact_Name', 'lookup'),
    f('Account_Name', 'lookup'),
  ],
  Calls: [
    f('Owner', 'ownerlookup'),
    f('Subject', 'text', mandatory),
    picklist('Call_Type', ['Outbound', 'Inbound', 'Missed'], mandatory),
    f('Call_Start_Time', 'datetime', mandatory),
    f('Call_Duration', 'text', mandatory),
    f('Description', 'textarea'),
    f('Who_Id', 'lookup'),
    f('What_Id', 'lookup'),
  ],
};

export function globexFields(extra: Partial<Record<ZohoModule, Raw[]>> = {}): FieldsByModule {
  const out: FieldsByModule = {};
  for (const [module, fields] of Object.entries({ ...RAW })) {
    const all = [...(fields ?? []), ...(extra[module as ZohoModule] ?? [])];
    out[module as ZohoModule] = zohoFieldsResponseSchema.parse({ fields: all }).fields;
  }
  return out;
}

export const rawField = f;

export const GLOBEX_USERS: ZohoUser[] = [
  { id: '1001', email: 'admin@globex.test', full_name: 'Hank Scorpio', status: 'active' },
  { id: '1002', email: 'ann@acme.test', full_name: 'Ann Agent', status: 'active' },
  { id: '1003', email: 'gone@globex.test', full_name: 'Former Employee', status: 'inactive' },
  { id: '1004', email: 'senior@globex.test', full_name: 'Senior Manager', status: 'active' },
].map((u) => zohoUserSchema.parse(u));
