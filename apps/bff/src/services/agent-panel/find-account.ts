import type { PanelContext } from '@cxc/shared/api/agent-panel';
import { equalsCriteria, type ZohoRecord } from '@cxc/shared/domain/lookup';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { CountryCode } from 'libphonenumber-js';
import type { PanelZoho } from './panel-zoho.ts';
import { searchPhone } from './search-phone.ts';

const same = (a: unknown, b: string) =>
  typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The visitor's Account by the tenant's Accounts rules (company name, phone), for a visitor who is no
 * Contact with an account: the first rule that finds one wins. Zoho's `equals` is a word match, so
 * names are re-checked exactly.
 */
export async function findAccount(
  zoho: PanelZoho,
  settings: IntegrationSettings,
  context: PanelContext,
  country: CountryCode | undefined,
): Promise<ZohoRecord | undefined> {
  for (const rule of settings.identification.rules.Accounts) {
    if (rule.kind === 'name_company' && context.company && context.company.trim().length >= 2) {
      const company = context.company;
      const found = await zoho.search('Accounts', { criteria: equalsCriteria([['Account_Name', company]]) });
      const match = found.find((r) => same(r.Account_Name, company));
      if (match) return match;
    }
    if (rule.kind === 'phone' && context.phone) {
      const phone = normalizePhone(context.phone, country);
      if (!phone.ok) continue;
      const [match] = await searchPhone(zoho, 'Accounts', phone.e164, country, new Set());
      if (match) return match;
    }
  }
  return undefined;
}
