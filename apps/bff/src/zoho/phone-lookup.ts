import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { extensionPrefixes } from '@cxc/shared/domain/phone';
import { phoneCoqlQueries } from './phone-query.ts';
import type { ZohoClient } from './zoho-client.ts';
import { recordListSchema } from './zoho-schemas.ts';

/** `GET /{module}?ids=` takes at most 100 ids. */
const IDS_PER_GET = 100;

/**
 * The full records of `ids` (`GET /{module}?ids=`, 100 at a time): COQL v2 returns only the selected
 * columns and lookups without names, so lookups by COQL read the rows they found this way.
 */
export async function readRecordsByIds(
  client: ZohoClient,
  module: string,
  ids: readonly string[],
): Promise<ZohoRecord[]> {
  const records: ZohoRecord[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_GET) {
    const { data } = await client.get(`/${encodeURIComponent(module)}`, {
      query: { ids: ids.slice(i, i + IDS_PER_GET).join(',') },
      schema: recordListSchema,
    });
    records.push(...(data?.data ?? []));
  }
  return records;
}

/**
 * Every record whose phone fields hold `e164` in any spelling: one COQL per module for all spellings and
 * fields (a visitor Zoho does not know costs one call), then the full records of the rows found in one
 * `GET ?ids=` (COQL v2 returns only the selected columns and lookups without names). COQL reads the
 * database, not the search index, so a record created seconds ago is found too. Callers re-check the
 * rows in E.164: Zoho compares the text, and a short spelling may be another country's number.
 * Also a number stored with an extension ("+1 415 555 0100 ext. 12").
 * A number that does not parse falls back to one `phone=` search for that exact text. `variants`
 * replaces the shared spellings (`phoneSearchVariants`) when given.
 */
export async function findByPhone(
  client: ZohoClient,
  module: string,
  phone: string,
  fields: readonly string[],
  variants?: readonly string[],
): Promise<ZohoRecord[]> {
  // Numbers stored with an extension are found by prefix in the same request (25 criteria hold five fields).
  const queries = phoneCoqlQueries(module, fields, phone, variants, extensionPrefixes(phone));
  if (!queries.length) return (await client.search(module, { phone })).records;
  const ids = new Set<string>();
  for (const query of queries) for (const row of (await client.coql(query)).records) ids.add(row.id);
  return readRecordsByIds(client, module, [...ids]);
}
