import { isPanelReadModule } from '@cxc/shared/api/agent-panel';
import type { Lookup, LookupQuery, ZohoRecord } from '@cxc/shared/domain/lookup';
import type { CountryCode } from 'libphonenumber-js';
import type { PanelZoho } from './panel-zoho.ts';
import { searchPhone } from './search-phone.ts';

const E164 = /^\+[1-9]\d{5,14}$/;

/**
 * The planner's Lookup over the panel's allowlisted client, remembering every record it saw so the
 * screen pop can show the matches without reading them again. A phone in E.164 is looked for in every
 * spelling the panel knows at once (searchPhone: one COQL per module); a second ask for the same
 * module is answered empty, so no module is searched twice.
 */
export function panelLookup(
  zoho: PanelZoho,
  /** The tenant's default country, for records without a country of their own. */
  defaultCountry: CountryCode | undefined,
): { lookup: Lookup; seen: Map<string, ZohoRecord>; tried: Set<string> } {
  const seen = new Map<string, ZohoRecord>();
  const tried = new Set<string>();
  const phoneDone = new Set<string>();
  const remember = (module: string, records: ZohoRecord[]) => {
    for (const r of records) seen.set(`${module}:${r.id}`, r);
    return records;
  };
  const lookup: Lookup = async (query: LookupQuery) => {
    const { module } = query;
    // The planner only identifies people and accounts; anything else is outside the panel's reach.
    if (!isPanelReadModule(module)) return [];
    switch (query.by) {
      case 'id': {
        const record = await zoho.getRecord(module, query.id);
        return remember(module, record ? [record] : []);
      }
      case 'email':
        return remember(module, await zoho.search(module, { email: query.email }));
      case 'phone': {
        if (phoneDone.has(module)) return [];
        if (!E164.test(query.phone))
          return remember(module, await zoho.search(module, { phone: query.phone }));
        phoneDone.add(module);
        return remember(module, await searchPhone(zoho, module, query.phone, defaultCountry, tried));
      }
      case 'criteria':
        return remember(module, await zoho.search(module, { criteria: query.criteria }));
    }
  };
  return { lookup, seen, tried };
}
