import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { STANDARD_PHONE_FIELDS } from '../../zoho/phone-query.ts';
import { recordCountry, RECORD_COUNTRY_FIELDS } from '@cxc/shared/domain/record-country';
import type { CountryCode } from 'libphonenumber-js';
import { phoneKey } from './phone-key.ts';

/** Standard e-mail fields, for when the org's field list was not read. */
export const STANDARD_EMAIL_FIELDS: Record<MirrorModule, readonly string[]> = {
  Leads: ['Email', 'Secondary_Email'],
  Contacts: ['Email', 'Secondary_Email'],
  Accounts: [],
};

/** Which fields of a module hold phones and e-mails: the org's own (custom ones too) or the standard. */
export interface IdentityFields {
  phones: readonly string[];
  emails: readonly string[];
}

export const standardIdentityFields = (module: MirrorModule): IdentityFields => ({
  phones: STANDARD_PHONE_FIELDS[module],
  emails: STANDARD_EMAIL_FIELDS[module],
});

export interface IdentityKey {
  kind: 'phone' | 'email' | 'name';
  key: string;
  field: string;
}

/** What the mirror row keeps beside the full values. */
export interface MirrorRow {
  zohoId: string;
  fullName: string | null;
  company: string | null;
  emails: string[];
  phones: string[];
  ownerId: string | null;
  ownerName: string | null;
  country: string | null;
  modifiedAt: string | null;
  identities: IdentityKey[];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const lookupName = (v: unknown): string | null =>
  typeof v === 'object' && v !== null ? text((v as { name?: unknown }).name) : text(v);
const lookupId = (v: unknown): string | null =>
  typeof v === 'object' && v !== null ? text((v as { id?: unknown }).id) : null;

/**
 * Case folding for e-mails and names: NFKC, then lower case. Zoho compares e-mails without case, so
 * `Jane.Roe@Example.com` and `jane.roe@example.com` are one person here too.
 */
export const foldKey = (value: string): string =>
  value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The name key of a record: a person's last name, an account's name (the name-and-company rule's search). */
function nameKey(module: MirrorModule, values: Record<string, unknown>): string | null {
  const name = module === 'Accounts' ? text(values.Account_Name) : text(values.Last_Name);
  return name ? foldKey(name) : null;
}

function companyOf(module: MirrorModule, values: Record<string, unknown>): string | null {
  if (module === 'Leads') return text(values.Company);
  if (module === 'Contacts') return lookupName(values.Account_Name);
  return text(values.Account_Name);
}

function fullNameOf(module: MirrorModule, values: Record<string, unknown>): string | null {
  if (module === 'Accounts') return text(values.Account_Name);
  const parts = [text(values.First_Name), text(values.Last_Name)].filter((p) => p !== null);
  return text(values.Full_Name) ?? (parts.length ? parts.join(' ') : null);
}

/**
 * The mirror row and identity keys of one Zoho record. Phones are read in the record's own country
 * (its address fields), then the tenant's default country, then the org's: a German Lead's
 * `030 1234567` is +49301234567 even for a US tenant. Extensions are dropped from the key (a call
 * comes from the main number). Text that is no phone number is kept in `phones` but not indexed.
 */
export function mirrorRow(
  module: MirrorModule,
  values: Record<string, unknown>,
  fields: IdentityFields,
  tenantCountry: CountryCode | undefined,
  orgCountry: CountryCode | undefined,
): MirrorRow {
  const country = recordCountry(values, tenantCountry, orgCountry);
  const identities: IdentityKey[] = [];
  const phones: string[] = [];
  for (const field of fields.phones) {
    const raw = text(values[field]);
    if (!raw) continue;
    phones.push(raw);
    const e164 = phoneKey(raw, country);
    if (e164) identities.push({ kind: 'phone', key: e164, field });
  }
  const emails: string[] = [];
  for (const field of fields.emails) {
    const raw = text(values[field]);
    if (!raw) continue;
    emails.push(raw);
    identities.push({ kind: 'email', key: foldKey(raw), field });
  }
  const name = nameKey(module, values);
  if (name)
    identities.push({ kind: 'name', key: name, field: module === 'Accounts' ? 'Account_Name' : 'Last_Name' });
  const addressCountry = RECORD_COUNTRY_FIELDS.map((f) => lookupName(values[f])).find((c) => c !== null);
  return {
    zohoId: String(values.id),
    fullName: fullNameOf(module, values),
    company: companyOf(module, values),
    emails,
    phones,
    ownerId: lookupId(values.Owner),
    ownerName: lookupName(values.Owner),
    country: addressCountry ?? null,
    modifiedAt: text(values.Modified_Time),
    identities: dedupe(identities),
  };
}

function dedupe(keys: IdentityKey[]): IdentityKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.kind}\u0000${k.key}\u0000${k.field}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
