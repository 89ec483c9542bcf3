import type { PanelReadModule } from '@cxc/shared/api/agent-panel';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { phoneSearchVariants, samePhone } from '@cxc/shared/domain/phone';
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js';
import type { PanelZoho } from './panel-zoho.ts';

const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'];

/**
 * The shared spellings plus the ones people type by hand into Zoho: `+1 (415) 555-0100` (country code
 * before the national format) and dashes (`415-555-0100`). Exposed for the unit test.
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

/**
 * Zoho's `phone=` search compares the stored text exactly (zoho-api-facts §7), so each spelling Zoho
 * may hold is one search and one credit: we stop at the first spelling that finds the number, and keep
 * only hits whose phone fields are really the same number.
 */
export async function searchPhone(
  zoho: PanelZoho,
  module: PanelReadModule,
  e164: string,
  country: CountryCode | undefined,
  tried: Set<string>,
): Promise<ZohoRecord[]> {
  for (const variant of panelPhoneVariants(e164)) {
    tried.add(variant);
    const found = (await zoho.search(module, { phone: variant })).filter((r) =>
      PHONE_FIELDS.some((f) => typeof r[f] === 'string' && samePhone(r[f], e164, country)),
    );
    if (found.length) return found;
  }
  return [];
}
