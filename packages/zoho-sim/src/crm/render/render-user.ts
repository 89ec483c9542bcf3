import type { SimUser } from '../../core/types.ts';
import { fnv1a } from '../store/hash.ts';
import { SEQ } from '../store/ids.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { formatZoned, zoneOffsetMs } from './format-time.ts';
import { fullName } from './user-ref.ts';

function membership(user: SimUser, orgId: string) {
  return user.orgs.find((m) => m.orgId === orgId);
}

/** Zoho's zuid (the Accounts user id) differs from the CRM user id; derive a stable 9-digit one. */
export function zuidOf(user: SimUser): string {
  return String(100_000_000 + (fnv1a(`zuid:${user.email.toLowerCase()}`) % 899_999_999));
}

export function roleId(org: OrgCrm, role: string): string {
  return org.id(SEQ.role + (fnv1a(role) % 900));
}

/** A user in the shape of v2 `GET /users` (profile and role come from the org membership). */
export function renderUser(org: OrgCrm, user: SimUser, now: number): Record<string, unknown> {
  const m = membership(user, org.org.id);
  const profile = m?.profile ?? 'Standard';
  const tz = org.org.timeZone;
  return {
    country: org.org.country,
    role: { name: m?.role ?? 'Member', id: roleId(org, m?.role ?? 'Member') },
    city: null,
    language: 'en_US',
    locale: 'en_US',
    microsoft: false,
    Isonline: false,
    street: null,
    Currency: org.org.currency,
    alias: null,
    id: user.id,
    state: null,
    fax: null,
    country_locale: 'en_US',
    first_name: user.firstName,
    email: user.email,
    Reporting_To: null,
    zip: null,
    created_time: formatZoned(org.metaModifiedAt, tz),
    Modified_Time: formatZoned(org.metaModifiedAt, tz),
    time_format: 'hh:mm a',
    offset: zoneOffsetMs(now, tz),
    profile: { name: profile, id: org.id(SEQ.profile + (profile === 'Administrator' ? 1 : 2)) },
    mobile: null,
    last_name: user.lastName,
    time_zone: tz,
    zuid: zuidOf(user),
    confirm: true,
    full_name: fullName(user),
    territories: [],
    phone: null,
    dob: null,
    date_format: 'MM/dd/yyyy',
    status: m?.status ?? 'active',
    name_format: 'Salutation,First Name,Last Name',
  };
}
