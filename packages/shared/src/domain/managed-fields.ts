import type { ZohoModule } from './modules.ts';

/**
 * Fields the planner sets itself (owner, links, the Call facts Zoho requires). A mapping row may not
 * target them, and preflight counts them as filled when they are mandatory.
 */
export const MANAGED_FIELDS: Record<ZohoModule, readonly string[]> = {
  Leads: ['Owner'],
  Contacts: ['Owner', 'Account_Name'],
  Accounts: ['Owner'],
  Deals: ['Owner', 'Stage', 'Pipeline', 'Contact_Name', 'Account_Name'],
  Tasks: ['Owner', 'Who_Id', 'What_Id'],
  Cases: ['Owner', 'Contact_Name', 'Account_Name'],
  Calls: ['Owner', 'Who_Id', 'What_Id', 'Call_Type', 'Call_Start_Time', 'Call_Duration'],
  Notes: ['Owner', 'Parent_Id', 'se_module'],
};

export function isManagedField(module: ZohoModule, apiName: string): boolean {
  return MANAGED_FIELDS[module].includes(apiName);
}
