import { PANEL_READ_MODULES, type PanelRecord, type PanelSearchBy } from '@cxc/shared/api/agent-panel';
import { equalsCriteria, type ZohoRecord } from '@cxc/shared/domain/lookup';
import { isInternalNumber } from '@cxc/shared/domain/internal-numbers';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { CountryCode } from 'libphonenumber-js';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { openPanelSession } from './panel-session.ts';
import type { PanelZoho } from './panel-zoho.ts';
import { searchPhone } from './search-phone.ts';
import { toPanelRecord } from './to-panel-record.ts';

const NAME_FIELD = { Leads: 'Last_Name', Contacts: 'Last_Name', Accounts: 'Account_Name' } as const;

async function searchModule(
  zoho: PanelZoho,
  module: (typeof PANEL_READ_MODULES)[number],
  by: PanelSearchBy,
  q: string,
  countries: { typed: CountryCode | undefined; tenant: CountryCode | undefined },
  tried: Set<string>,
): Promise<ZohoRecord[]> {
  if (by === 'phone') {
    const phone = normalizePhone(q, countries.typed);
    if (!phone.ok) return [];
    // What the agent typed is read in the visitor's country; each record's numbers in the record's own.
    return searchPhone(zoho, module, phone.e164, countries.tenant, tried);
  }
  if (by === 'email') {
    // Accounts carry no e-mail field to search.
    if (module === 'Accounts') return [];
    tried.add(q);
    return zoho.search(module, { email: q });
  }
  tried.add(q);
  // A full name "Jane Roe": Zoho searches one field at a time, so the last word goes to Last_Name.
  const value = module === 'Accounts' ? q : (q.split(/\s+/).pop() ?? q);
  return zoho.search(module, { criteria: equalsCriteria([[NAME_FIELD[module], value]]) });
}

/** Search across Leads, Contacts and Accounts by phone (E.164 first, then other spellings), e-mail or name. */
export async function searchZoho(
  deps: AppDeps,
  tenantId: string,
  query: { by: PanelSearchBy; q: string; country?: CountryCode | undefined; source?: 'zoho' | undefined },
): Promise<{
  results: PanelRecord[];
  tried: string[];
  dialUrlTemplate: string;
  answeredFrom: 'mirror' | 'zoho';
  asOf: string | null;
}> {
  const { zoho, settings, webBase, dialUrlTemplate, answeredFrom, asOf } = await openPanelSession(
    deps,
    tenantId,
    { source: query.source },
  );
  const country = query.country ?? settings.defaultCountry;
  if (query.by === 'phone') {
    const phone = normalizePhone(query.q, country);
    if (!phone.ok)
      throw new AppError('VALIDATION_FAILED', 'This is not a phone number we can search for.', [
        { path: ['q'], message: `phone_${phone.reason}`, code: 'custom' },
      ]);
    // The company's own lines are nobody: searching one would list whoever once typed it into Zoho.
    if (isInternalNumber(settings.records.internalNumbers, query.q, country))
      throw new AppError('VALIDATION_FAILED', 'This is one of the company’s own numbers.', [
        { path: ['q'], message: 'phone_internal', code: 'custom' },
      ]);
  }
  const tried = new Set<string>();
  const perModule = await Promise.all(
    PANEL_READ_MODULES.map(async (module) =>
      (
        await searchModule(
          zoho,
          module,
          query.by,
          query.q,
          { typed: country, tenant: settings.defaultCountry },
          tried,
        )
      ).map((r) => toPanelRecord(module, r, webBase)),
    ),
  );
  return { results: perModule.flat(), tried: [...tried], dialUrlTemplate, answeredFrom, asOf };
}
