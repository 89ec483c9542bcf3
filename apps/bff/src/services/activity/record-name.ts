import type { ZohoModule } from '@cxc/shared/domain/modules';

/**
 * The name Zoho itself shows for a record (its "record name" field), from the fields a plan wrote.
 * Null when the plan did not write it (an update that left the name alone): the caller then shows the id.
 */
const NAME_FIELDS: Record<ZohoModule, readonly string[]> = {
  Leads: ['First_Name', 'Last_Name'],
  Contacts: ['First_Name', 'Last_Name'],
  Accounts: ['Account_Name'],
  Deals: ['Deal_Name'],
  Tasks: ['Subject'],
  Cases: ['Subject'],
  Calls: ['Subject'],
  Notes: ['Note_Title'],
};

export function recordName(module: string, fields: unknown): string | null {
  const names = Object.hasOwn(NAME_FIELDS, module) ? NAME_FIELDS[module as ZohoModule] : undefined;
  if (!names || typeof fields !== 'object' || fields === null) return null;
  const values = fields as Record<string, unknown>;
  // A Lead's First_Name alone is not its name in Zoho (Last_Name is the mandatory one); show it only beside it.
  if (names.length === 2 && !text(values[names[1] ?? ''])) return null;
  const parts = names.map((name) => text(values[name])).filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ').slice(0, 200) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
