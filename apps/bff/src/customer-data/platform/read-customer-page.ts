import {
  COMPANY_PLACEHOLDER,
  type PlatformCustomer,
  type PlatformCustomersPage,
} from '@cxc/shared/api/customer-api';
import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import { encodeCursor } from './customer-cursor.ts';

interface Row {
  seq: string;
  module: MirrorModule;
  zoho_id: string;
  deleted: boolean;
  full_name: string | null;
  company: string | null;
  emails: string[];
  phones: string[] | null;
  owner_id: string | null;
  owner_name: string | null;
  modified_at: Date | null;
}

function toCustomer(row: Row, url: (module: string, id: string) => string): PlatformCustomer {
  if (row.deleted) return { module: row.module, id: row.zoho_id, deleted: true };
  return {
    module: row.module,
    id: row.zoho_id,
    deleted: false,
    name: row.full_name,
    company: row.company ?? COMPANY_PLACEHOLDER,
    companyMissing: row.company === null,
    emails: row.emails,
    phones: row.phones ?? [],
    owner: row.owner_id || row.owner_name ? { id: row.owner_id, name: row.owner_name } : null,
    modifiedTime: row.modified_at?.toISOString() ?? null,
    url: url(row.module, row.zoho_id),
  };
}

/**
 * One page of the tenant's customers changed after `after` (a `changed_seq`), oldest change first. Only
 * the connected org's rows: while a purge after an org change runs, the old org's rows are never served.
 * Phones come from the identity index (E.164, read in the record's country), so the platform gets the
 * numbers identification matches on, not Zoho's spelling. Sequence numbers of one tenant are handed out
 * in commit order (record-store.ts takes a lock for it), so a page never skips a change committed later.
 */
export async function readCustomerPage(
  db: Queryable,
  tenantId: string,
  after: bigint,
  limit: number,
  url: (module: string, id: string) => string,
): Promise<PlatformCustomersPage> {
  const { rows } = await db.query<Row>(
    `select r.changed_seq::text as seq, r.module, r.zoho_id, r.deleted, r.full_name, r.company, r.emails,
            r.owner_id, r.owner_name, r.modified_at,
            (select array_agg(distinct i.key order by i.key) from mirror_identities i
              where i.tenant_id = r.tenant_id and i.module = r.module and i.zoho_id = r.zoho_id
                and i.kind = 'phone') as phones
       from mirror_records r
       join zoho_connections c on c.tenant_id = r.tenant_id and c.org->>'id' = r.org_id
      where r.tenant_id = $1 and r.changed_seq > $2
      order by r.changed_seq
      limit $3`,
    [tenantId, after.toString(), limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    customers: page.map((row) => toCustomer(row, url)),
    nextCursor: encodeCursor(last ? BigInt(last.seq) : after),
    hasMore: rows.length > limit,
  };
}
