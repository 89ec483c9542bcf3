import type { SimOrg } from '../../core/types.ts';
import { f } from './field-def.ts';
import type { ModuleDef } from './module-def.ts';
import { accounts } from './modules/accounts.ts';
import { calls } from './modules/calls.ts';
import { cases } from './modules/cases.ts';
import { contacts } from './modules/contacts.ts';
import { deals } from './modules/deals.ts';
import { leads } from './modules/leads.ts';
import { notes } from './modules/notes.ts';
import { tasks } from './modules/tasks.ts';

export const STANDARD_MODULES: readonly ModuleDef[] = [
  leads,
  contacts,
  accounts,
  deals,
  cases,
  tasks,
  calls,
  notes,
];

/** Marketing-attribution custom fields the product maps; only the Acme demo org has them. */
export const UTM_FIELDS = [
  'rs_utm_source',
  'rs_utm_medium',
  'rs_utm_campaign',
  'rs_utm_term',
  'rs_utm_content',
  'rs_google_client_id',
] as const;

const utmFieldDefs = UTM_FIELDS.map((name) => f.text(name, name, { custom: true }));

/** The demo's "Acme" org is recognised by name so the other orgs show the fields as missing. */
export function hasUtmFields(org: SimOrg): boolean {
  return /acme/i.test(org.name);
}

/**
 * The modules (with org-specific customisations) an org has. Acme also has "Do not allow duplicate
 * values" switched on for Accounts.Account_Number, so DUPLICATE_DATA can be exercised.
 */
export function modulesForOrg(org: SimOrg): ModuleDef[] {
  if (!hasUtmFields(org)) return [...STANDARD_MODULES];
  return STANDARD_MODULES.map((m) => {
    if (m.apiName === 'Leads')
      return { ...m, fields: [...m.fields.slice(0, -5), ...utmFieldDefs, ...m.fields.slice(-5)] };
    if (m.apiName === 'Accounts') {
      return {
        ...m,
        fields: m.fields.map((fd) => (fd.apiName === 'Account_Number' ? { ...fd, unique: true } : fd)),
      };
    }
    return m;
  });
}
