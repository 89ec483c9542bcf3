import type { SimUser } from '../../core/types.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { zuidOf } from './render-user.ts';

const SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  INR: '₹',
  AUD: 'A$',
  JPY: '¥',
  CAD: 'C$',
  CNY: '¥',
  SAR: 'SAR',
};

/** Zoho's `country` is the name the admin picked in Company Details (English); `country_code` is ISO 3166-1. */
function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code)) return code || null;
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}

export function currencySymbol(code: string): string {
  return SYMBOLS[code] ?? code;
}

/** `GET /org`: `org` is an array with one element, as Zoho answers it. */
export function renderOrg(org: OrgCrm, primary: SimUser | undefined, users: number): Record<string, unknown> {
  const o = org.org;
  return {
    country: countryName(o.country),
    photo_id: null,
    city: null,
    description: null,
    mc_status: false,
    gapps_enabled: false,
    domain_name: `org${o.id}`,
    translation_enabled: false,
    street: null,
    alias: null,
    currency: o.currency,
    id: org.id(1),
    state: null,
    fax: null,
    employee_count: null,
    zip: null,
    website: null,
    currency_symbol: currencySymbol(o.currency),
    mobile: null,
    currency_locale: 'en_US',
    primary_zuid: primary ? zuidOf(primary) : null,
    zia_portal_id: null,
    time_zone: o.timeZone,
    zgid: o.id,
    country_code: /^[A-Z]{2}$/.test(o.country) ? o.country : null,
    license_details: {
      paid_expiry: null,
      users_license_purchased: users,
      trial_type: null,
      trial_expiry: null,
      paid: o.edition !== 'Free',
      paid_type: o.edition.toLowerCase(),
    },
    phone: null,
    company_name: o.name,
    privacy_settings: false,
    primary_email: primary?.email ?? null,
    iso_code: o.currency,
    type: 'production',
  };
}
