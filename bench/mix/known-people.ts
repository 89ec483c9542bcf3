import { normalizePhone } from '../../packages/shared/src/domain/phone.ts';
import { getZohoClient } from '../../apps/bff/src/zoho/get-zoho-client.ts';
import type { BenchStack } from '../lib/bench-stack.ts';

export interface KnownPerson {
  name: string;
  email: string | undefined;
  /** E.164 of the record's phone, when it has a parseable one. */
  e164: string | undefined;
}

/**
 * People Acme's Zoho org already has (Contacts and Leads of the demo data), read before the measured
 * part starts: the mix's returning visitors and known callers. Record phones without `+` are American,
 * as the org is.
 */
export async function knownPeople(bench: BenchStack): Promise<KnownPerson[]> {
  const client = await getZohoClient(bench.stack.deps, 'acme');
  const people: KnownPerson[] = [];
  for (const module of ['Contacts', 'Leads']) {
    const page = await client.coql(
      `select Last_Name, Email, Phone from ${module} where Email is not null limit 200`,
    );
    for (const row of page.records) {
      const phone = typeof row.Phone === 'string' ? normalizePhone(row.Phone, 'US') : undefined;
      people.push({
        name: typeof row.Last_Name === 'string' ? row.Last_Name : 'Known',
        email: typeof row.Email === 'string' ? row.Email : undefined,
        e164: phone?.ok ? phone.e164 : undefined,
      });
    }
  }
  return people;
}
