import { INDUSTRY, LEAD_SOURCE, LEAD_STATUS, RATING, ACCOUNT_TYPE } from '../metadata/picklists.ts';
import type { Value } from '../store/stored-record.ts';
import type { Faker } from './fake-context.ts';
import { COMPANY_STEMS, COMPANY_SUFFIXES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, TITLES } from './names.ts';
import { PLACES, mobileFor } from './phones.ts';
import type { Rng } from './prng.ts';

const real = <T extends string>(values: readonly T[]): T[] => values.filter((v) => v !== '-None-');

export function fakeCompany(rng: Rng): string {
  return `${rng.pick(COMPANY_STEMS)} ${rng.pick(COMPANY_SUFFIXES)}`;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function person(rng: Rng, company: string): Record<string, Value> {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const place = rng.pick(PLACES);
  const domain = rng.chance(0.6) ? `${slug(company.split(' ')[0] ?? 'mail')}.example.com` : rng.pick(EMAIL_DOMAINS);
  const suffix = rng.chance(0.4) ? String(rng.int(100)) : '';
  return {
    First_Name: first,
    Last_Name: last,
    Email: rng.chance(0.9) ? `${slug(first)}.${slug(last)}${suffix}@${domain}` : null,
    Phone: rng.chance(0.85) ? place.phone(rng) : null,
    Mobile: rng.chance(0.4) ? mobileFor(place, rng) : null,
    $city: place.city,
    $state: place.state,
    $country: place.country,
  };
}

export const fakeLead: Faker = (rng) => {
  const company = fakeCompany(rng);
  const { $city, $state, $country, ...p } = person(rng, company);
  return {
    ...p,
    Company: company,
    Designation: rng.pick(TITLES),
    Lead_Source: rng.pick(real(LEAD_SOURCE)),
    Lead_Status: rng.pick(real(LEAD_STATUS)),
    Industry: rng.chance(0.7) ? rng.pick(real(INDUSTRY)) : null,
    City: $city ?? null,
    State: $state ?? null,
    Country: $country ?? null,
  };
};

export const fakeContact: Faker = (rng, links) => {
  const { $city, $state, $country, ...p } = person(rng, fakeCompany(rng));
  return {
    ...p,
    Account_Name: links.accountId ? { id: links.accountId } : null,
    Title: rng.pick(TITLES),
    Lead_Source: rng.chance(0.5) ? rng.pick(real(LEAD_SOURCE)) : null,
    Mailing_City: $city ?? null,
    Mailing_State: $state ?? null,
    Mailing_Country: $country ?? null,
  };
};

export const fakeAccount: Faker = (rng) => {
  const name = fakeCompany(rng);
  const place = rng.pick(PLACES);
  return {
    Account_Name: name,
    Phone: rng.chance(0.9) ? place.phone(rng) : null,
    Website: `https://www.${slug(name.split(' ')[0] ?? 'site')}.example.com`,
    Account_Type: rng.pick(real(ACCOUNT_TYPE)),
    Industry: rng.pick(real(INDUSTRY)),
    Employees: 5 + rng.int(5000),
    Rating: rng.chance(0.5) ? rng.pick(real(RATING)) : null,
    Billing_City: place.city,
    Billing_State: place.state,
    Billing_Country: place.country,
  };
};
