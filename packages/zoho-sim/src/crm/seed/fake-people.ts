import { INDUSTRY, LEAD_SOURCE, LEAD_STATUS, RATING, ACCOUNT_TYPE } from '../metadata/picklists.ts';
import type { Faker } from './fake-context.ts';
import { COMPANY_STEMS, COMPANY_SUFFIXES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, TITLES } from './names.ts';
import { mobileFor, type Place, PLACES } from './phones.ts';
import type { Rng } from './prng.ts';

const real = <T extends string>(values: readonly T[]): T[] => values.filter((v) => v !== '-None-');
const SOURCES = real(LEAD_SOURCE);
const STATUSES = real(LEAD_STATUS);
const INDUSTRIES = real(INDUSTRY);
const RATINGS = real(RATING);
const ACCOUNT_TYPES = real(ACCOUNT_TYPE);

export function fakeCompany(rng: Rng): string {
  return `${rng.pick(COMPANY_STEMS)} ${rng.pick(COMPANY_SUFFIXES)}`;
}

const slugs = new Map<string, string>();

/** ASCII, lower-case, alphanumerics only; cached because a million-record generate calls it per record. */
function slug(text: string): string {
  let s = slugs.get(text);
  if (s === undefined) {
    s = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    slugs.set(text, s);
  }
  return s;
}

interface Person {
  first: string;
  last: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  place: Place;
}

function person(rng: Rng, company: string): Person {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const place = rng.pick(PLACES);
  const domain = rng.chance(0.6)
    ? `${slug(company.slice(0, company.indexOf(' ')))}.example.com`
    : rng.pick(EMAIL_DOMAINS);
  const suffix = rng.chance(0.4) ? String(rng.int(100)) : '';
  const email = rng.chance(0.9) ? `${slug(first)}.${slug(last)}${suffix}@${domain}` : null;
  const phone = rng.chance(0.85) ? place.phone(rng) : null;
  const mobile = rng.chance(0.4) ? mobileFor(place, rng) : null;
  return { first, last, email, phone, mobile, place };
}

export const fakeLead: Faker = (rng) => {
  const company = fakeCompany(rng);
  const p = person(rng, company);
  return {
    First_Name: p.first,
    Last_Name: p.last,
    Email: p.email,
    Phone: p.phone,
    Mobile: p.mobile,
    Company: company,
    Designation: rng.pick(TITLES),
    Lead_Source: rng.pick(SOURCES),
    Lead_Status: rng.pick(STATUSES),
    Industry: rng.chance(0.7) ? rng.pick(INDUSTRIES) : null,
    City: p.place.city,
    State: p.place.state,
    Country: p.place.country,
  };
};

export const fakeContact: Faker = (rng, links) => {
  const p = person(rng, fakeCompany(rng));
  return {
    First_Name: p.first,
    Last_Name: p.last,
    Email: p.email,
    Phone: p.phone,
    Mobile: p.mobile,
    Account_Name: links.accountId ? { id: links.accountId } : null,
    Title: rng.pick(TITLES),
    Lead_Source: rng.chance(0.5) ? rng.pick(SOURCES) : null,
    Mailing_City: p.place.city,
    Mailing_State: p.place.state,
    Mailing_Country: p.place.country,
  };
};

export const fakeAccount: Faker = (rng) => {
  const name = fakeCompany(rng);
  const place = rng.pick(PLACES);
  return {
    Account_Name: name,
    Phone: rng.chance(0.9) ? place.phone(rng) : null,
    Website: `https://www.${slug(name.split(' ')[0] ?? 'site')}.example.com`,
    Account_Type: rng.pick(ACCOUNT_TYPES),
    Industry: rng.pick(INDUSTRIES),
    Employees: 5 + rng.int(5000),
    Rating: rng.chance(0.5) ? rng.pick(RATINGS) : null,
    Billing_City: place.city,
    Billing_State: place.state,
    Billing_Country: place.country,
  };
};
