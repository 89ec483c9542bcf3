import { normalizePhone } from '../../packages/shared/src/domain/phone.ts';
import { recordCountry } from '../../packages/shared/src/domain/record-country.ts';
import { getZohoClient } from '../../apps/bff/src/zoho/get-zoho-client.ts';
import type { BenchStack } from '../lib/bench-stack.ts';

export interface KnownPerson {
  name: string;
  email: string | undefined;
  /** E.164 of the record's phone, when it has a parseable one. */
  e164: string | undefined;
  /** Where it is kept and how its phone is spelled there (for `--explain-duplicates`). */
  where: string;
}

/**
 * People Acme's Zoho org already has (Contacts and Leads of the demo data), read before the measured
 * part starts: the mix's returning visitors and known callers. A record's phone without `+` is read in
 * the record's own country (its address), else the org's (American), as the engine reads it: a French
 * Contact's `01 81 35 93 54` is +33 1 81 35 93 54, not an American number.
 */
export async function knownPeople(bench: BenchStack): Promise<KnownPerson[]> {
  const client = await getZohoClient(bench.stack.deps, 'acme');
  const people: KnownPerson[] = [];
  const countryFields = { Contacts: 'Mailing_Country', Leads: 'Country' };
  for (const module of ['Contacts', 'Leads'] as const) {
    const page = await client.coql(
      `select Last_Name, Email, Phone, Mobile, ${countryFields[module]} from ${module} where Email is not null limit 200`,
    );
    for (const row of page.records) {
      const phone =
        typeof row.Phone === 'string' ? normalizePhone(row.Phone, recordCountry(row, 'US')) : undefined;
      people.push({
        name: typeof row.Last_Name === 'string' ? row.Last_Name : 'Known',
        email: typeof row.Email === 'string' ? row.Email : undefined,
        e164: phone?.ok ? phone.e164 : undefined,
        where: `${module}/${row.id} Phone=${JSON.stringify(row.Phone)} Mobile=${JSON.stringify(row.Mobile)}`,
      });
    }
  }
  return people;
}
