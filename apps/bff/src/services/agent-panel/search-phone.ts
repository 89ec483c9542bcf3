import type { PanelReadModule } from '@cxc/shared/api/agent-panel';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { phoneSearchVariants } from '@cxc/shared/domain/phone';
import { recordHasPhone } from '@cxc/shared/domain/record-country';
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js';
import type { PanelZoho } from './panel-zoho.ts';

const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'];

/**
 * The shared spellings plus more that people type by hand into Zoho: the country code before the whole
 * national format (`+49 030 1234567`) and dashes (`415-555-0100`). Exposed for the unit test.
 */
export function panelPhoneVariants(e164: string): string[] {
  const base = phoneSearchVariants(e164);
  if (!base.length) return [];
  const parsed = parsePhoneNumberWithError(e164);
  const national = parsed.formatNational();
  const withCode = `+${parsed.countryCallingCode} ${national}`;
  const dashed = national.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
  const [first, second, ...rest] = base;
  return [...new Set([first, second, withCode, ...rest, dashed].filter((v): v is string => Boolean(v)))];
}

/** The page size the panel searched with when each spelling was one `phone=` search. */
const PER_MODULE = 20;

const phonesOf = (record: ZohoRecord) =>
  PHONE_FIELDS.map((f) => record[f]).filter((v): v is string => typeof v === 'string');

/**
 * Every spelling Zoho may hold, in one COQL per module (`zoho/phone-lookup.ts`; before, each spelling
 * was one `phone=` search and one credit, up to 13 per module). Zoho compares the text, so only hits
 * whose phone fields are really the same number are kept. Records holding a likelier spelling come
 * first, as when the first spelling that found something won.
 */
export async function searchPhone(
  zoho: PanelZoho,
  module: PanelReadModule,
  e164: string,
  /** The tenant's default country: each record's numbers are read in its own country, then this one. */
  defaultCountry: CountryCode | undefined,
  tried: Set<string>,
): Promise<ZohoRecord[]> {
  const variants = panelPhoneVariants(e164);
  if (!variants.length) return [];
  for (const variant of variants) tried.add(variant);
  const rank = (record: ZohoRecord) => {
    const phones = phonesOf(record);
    const i = variants.findIndex((v) => phones.includes(v));
    return i < 0 ? variants.length : i;
  };
  return (await zoho.findByPhone(module, e164, variants))
    .filter((r) => recordHasPhone(r, PHONE_FIELDS, e164, defaultCountry))
    .map((record) => ({ record, rank: rank(record) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, PER_MODULE)
    .map(({ record }) => record);
}
