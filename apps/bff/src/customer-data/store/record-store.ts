import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import type { MirrorRow } from '../index/identity-keys.ts';
import { noteCustomerChanges } from '../webhook/note-customer-changes.ts';
import { storableJson } from './storable-json.ts';

export interface RecordToStore {
  row: MirrorRow;
  values: Record<string, unknown>;
}

/**
 * Serialises the writers of one tenant's mirror until their transaction ends, so `changed_seq` values are
 * handed out in commit order: the platform's customer list pages by them, and a lower number committed
 * after a higher one was read would be skipped for good. Callers run inside a transaction and take it
 * before any other lock of the mirror (mirror-written-record.ts does so first), so it cannot deadlock.
 */
export async function lockMirrorChanges(db: Queryable, tenantId: string): Promise<void> {
  await db.query(`select pg_advisory_xact_lock(hashtextextended('mirror-changes:' || $1, 0))`, [tenantId]);
}

/** How many rows a write really changed and their changed_seq range: what the platform's webhook announces. */
interface Written {
  count: number;
  from_seq: string | null;
  to_seq: string | null;
}
const SUMMARY = `select count(*)::int as count, min(changed_seq)::text as from_seq, max(changed_seq)::text as to_seq
       from written`;

async function announce(
  db: Queryable,
  tenantId: string,
  written: Written | undefined,
  kind: 'changed' | 'deleted',
) {
  if (!written?.from_seq || !written.to_seq || written.count === 0) return 0;
  await noteCustomerChanges(db, tenantId, {
    fromSeq: written.from_seq,
    toSeq: written.to_seq,
    changed: kind === 'changed' ? written.count : 0,
    deleted: kind === 'deleted' ? written.count : 0,
  });
  return written.count;
}

/**
 * Upserts one page of records and replaces their identity keys, in the caller's transaction. One
 * statement per table whatever the page size (jsonb_to_recordset), so an import of a million records
 * is 5,000 pages of two or three statements.
 */
export async function storeRecords(
  db: Queryable,
  tenantId: string,
  orgId: string,
  module: MirrorModule,
  records: readonly RecordToStore[],
): Promise<void> {
  if (records.length === 0) return;
  await lockMirrorChanges(db, tenantId);
  const rows = records.map(({ row, values }) => ({
    zoho_id: row.zohoId,
    full_name: row.fullName,
    company: row.company,
    emails: row.emails,
    phones: row.phones,
    owner_id: row.ownerId,
    owner_name: row.ownerName,
    country: row.country,
    modified_at: row.modifiedAt,
    values,
  }));
  // `xmax = 0` marks a row this statement inserted rather than updated: such a record has no keys yet.
  const written = await db.query<Written & { inserted: string[] }>(
    `with written as (insert into mirror_records as m (tenant_id, module, org_id, zoho_id, full_name, company, emails, phones,
        owner_id, owner_name, country, modified_at, values, changed_seq, deleted)
     select $1, $2, $3, x.zoho_id, x.full_name, x.company, x.emails, x.phones, x.owner_id, x.owner_name,
        x.country, x.modified_at, x.values, nextval('mirror_change_seq'), false
       from jsonb_to_recordset($4::jsonb) as x(zoho_id text, full_name text, company text, emails text[],
        phones text[], owner_id text, owner_name text, country text, modified_at timestamptz, values jsonb)
     on conflict (tenant_id, module, zoho_id) do update set
        org_id = excluded.org_id, full_name = excluded.full_name, company = excluded.company,
        emails = excluded.emails, phones = excluded.phones, owner_id = excluded.owner_id,
        owner_name = excluded.owner_name, country = excluded.country, modified_at = excluded.modified_at,
        values = excluded.values, changed_seq = excluded.changed_seq, deleted = false
      -- An older copy never overwrites a newer one (a push and a poll may deliver one change twice), and
      -- the same copy again is no change: polls re-read their boundary, and the platform's customer list
      -- must not be sent the same customer on every poll.
      where (m.modified_at is null or excluded.modified_at is null or excluded.modified_at >= m.modified_at)
        and (m.deleted or m.org_id <> excluded.org_id or m.values is distinct from excluded.values)
      returning m.changed_seq, m.zoho_id, m.xmax = 0 as inserted)
     select count(*)::int as count, min(changed_seq)::text as from_seq, max(changed_seq)::text as to_seq,
            coalesce(array_agg(zoho_id) filter (where inserted), '{}') as inserted
       from written`,
    [tenantId, module, orgId, storableJson(rows)],
  );
  await announce(db, tenantId, written.rows[0], 'changed');
  await replaceIdentities(db, tenantId, module, records, new Set(written.rows[0]?.inserted));
}

/**
 * Replaces the identity keys of the stored records. Keys of a record are rebuilt even when the upsert
 * kept its row (the same copy read again: the tenant's country may have changed). Records the upsert
 * has just inserted have none to delete, which spares an import's pages the delete altogether.
 */
async function replaceIdentities(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  records: readonly RecordToStore[],
  inserted: ReadonlySet<string>,
): Promise<void> {
  const known = records.map((r) => r.row.zohoId).filter((id) => !inserted.has(id));
  if (known.length > 0)
    await db.query(
      `delete from mirror_identities where tenant_id = $1 and module = $2 and zoho_id = any($3)`,
      [tenantId, module, known],
    );
  const keys = records.flatMap(({ row }) =>
    row.identities.map((k) => ({ zoho_id: row.zohoId, kind: k.kind, key: k.key, field: k.field })),
  );
  if (keys.length === 0) return;
  await db.query(
    `insert into mirror_identities (tenant_id, module, zoho_id, kind, key, field)
     select $1, $2, x.zoho_id, x.kind, x.key, x.field
       from jsonb_to_recordset($3::jsonb) as x(zoho_id text, kind text, key text, field text)
      on conflict do nothing`,
    [tenantId, module, storableJson(keys)],
  );
}

/**
 * Deleted in Zoho: the row stays as a tombstone (so the platform's customer list can tell the platform)
 * but leaves the identity index at once, so nobody is identified as a deleted record.
 */
export async function markDeleted(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  await lockMirrorChanges(db, tenantId);
  await db.query(`delete from mirror_identities where tenant_id = $1 and module = $2 and zoho_id = any($3)`, [
    tenantId,
    module,
    ids,
  ]);
  const { rows } = await db.query<Written>(
    `with written as (update mirror_records set deleted = true, changed_seq = nextval('mirror_change_seq')
      where tenant_id = $1 and module = $2 and zoho_id = any($3) and not deleted returning changed_seq)
     ${SUMMARY}`,
    [tenantId, module, ids],
  );
  return announce(db, tenantId, rows[0], 'deleted');
}
