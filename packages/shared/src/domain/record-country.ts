import { type CountryCode, getCountries } from 'libphonenumber-js';
import { ALPHA3_ALPHA2 } from './country-alpha3.ts';
import { samePhone } from './phone.ts';

/**
 * Address country fields of Zoho's standard layouts, most specific first: Leads `Country`, Contacts
 * `Mailing_Country` then `Other_Country`, Accounts `Billing_Country` then `Shipping_Country`.
 */
export const RECORD_COUNTRY_FIELDS = [
  'Country',
  'Mailing_Country',
  'Billing_Country',
  'Other_Country',
  'Shipping_Country',
] as const;

/** Languages whose country names people type into Zoho's free-text Country fields. */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'ru', 'ja', 'zh'];

/** Names Intl does not give: abbreviations, older names and the parts of the United Kingdom. */
const ALIASES: Record<string, CountryCode> = {
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  brd: 'DE',
  korea: 'KR',
  'republic of korea': 'KR',
  'czech republic': 'CZ',
  turkey: 'TR',
  'ivory coast': 'CI',
  swaziland: 'SZ',
  macedonia: 'MK',
  burma: 'MM',
  uae: 'AE',
  'russian federation': 'RU',
  'viet nam': 'VN',
};

/** Case, accents, dots and punctuation do not matter: `U.S.`, `u.s`, `Österreich`/`osterreich`. */
function keyOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[\s,;:'’"()_\-/]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

let index: Map<string, CountryCode> | undefined;

function countryIndex(): Map<string, CountryCode> {
  if (index) return index;
  const map = new Map<string, CountryCode>();
  const regions = getCountries();
  const known = new Set<string>(regions);
  for (const region of regions) map.set(region.toLowerCase(), region);
  for (const pair of ALPHA3_ALPHA2.split(' ')) {
    const alpha2 = pair.slice(3);
    if (known.has(alpha2)) map.set(pair.slice(0, 3).toLowerCase(), alpha2 as CountryCode);
  }
  for (const language of NAME_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      // Intl without the language's data answers in English or throws: either way nothing breaks.
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
      } catch {
        continue;
      }
      for (const region of regions) {
        const name = names.of(region);
        if (name && !map.has(keyOf(name))) map.set(keyOf(name), region);
      }
    }
  }
  for (const [alias, region] of Object.entries(ALIASES)) if (!map.has(alias)) map.set(alias, region);
  index = map;
  return map;
}

/** The region a free-text country means (`Germany`, `Deutschland`, `DE`, `DEU`, `U.S.`); undefined when unknown. */
export function countryFromText(text: unknown): CountryCode | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined;
  const key = keyOf(text);
  return key ? countryIndex().get(key) : undefined;
}

/**
 * The region a record's phone numbers are written in: its own address country first, then each
 * fallback in order (the tenant's default country, then the org's). A German Lead's `030 1234567`
 * is a Berlin number even for a tenant whose default is the US.
 */
export function recordCountry(
  record: Record<string, unknown>,
  ...fallbacks: (CountryCode | undefined)[]
): CountryCode | undefined {
  for (const field of RECORD_COUNTRY_FIELDS) {
    const value = record[field];
    const country = countryFromText(
      typeof value === 'object' && value ? (value as { name?: unknown }).name : value,
    );
    if (country) return country;
  }
  return fallbacks.find((c) => c !== undefined);
}

/** Whether any of `fields` of `record` holds `e164`, each read in the record's own country. */
export function recordHasPhone(
  record: Record<string, unknown>,
  fields: readonly string[],
  e164: string,
  ...fallbacks: (CountryCode | undefined)[]
): boolean {
  const country = recordCountry(record, ...fallbacks);
  return fields.some((f) => {
    const value = record[f];
    return typeof value === 'string' && samePhone(value, e164, country);
  });
}

/** Every region phone numbers can be read in, for country pickers. */
export function phoneCountries(): readonly CountryCode[] {
  return getCountries();
}
