import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';

/** At most this many records per question: the planner shows candidates, it never pages. */
export const MIRROR_ANSWER_LIMIT = 50;

export interface IdentityQuery {
  kind: 'phone' | 'email' | 'name';
  key: string;
  /** Only hits in these fields (the planner's phone fields); every field when absent. */
  fields?: readonly string[] | undefined;
}

/** Records holding an identity key, in the given modules: one indexed query for all of them. */
export async function findByIdentity(
  db: Queryable,
  tenantId: string,
  modules: readonly MirrorModule[],
  query: IdentityQuery,
): Promise<{ module: MirrorModule; record: ZohoRecord }[]> {
  const { rows } = await db.query<{ module: MirrorModule; values: ZohoRecord }>(
    `select r.module, r.values from mirror_records r
      where (r.tenant_id, r.module, r.zoho_id) in (
        select i.tenant_id, i.module, i.zoho_id from mirror_identities i
         where i.tenant_id = $1 and i.kind = $2 and i.key = $3 and i.module = any($4)
           and ($5::text[] is null or i.field = any($5)))
        and not r.deleted
      order by r.modified_at desc nulls last
      limit ${MIRROR_ANSWER_LIMIT}`,
    [tenantId, query.kind, query.key, modules, query.fields ?? null],
  );
  return rows.map((r) => ({ module: r.module, record: r.values }));
}

export async function findById(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  id: string,
): Promise<ZohoRecord | undefined> {
  const { rows } = await db.query<{ values: ZohoRecord }>(
    'select values from mirror_records where tenant_id = $1 and module = $2 and zoho_id = $3 and not deleted',
    [tenantId, module, id],
  );
  return rows[0]?.values;
}

/**
 * `field equals value` for fields the index does not key (a custom-field rule): a scan of the tenant's
 * module, case-insensitive like Zoho's search. Slower than the index, still no Zoho call.
 */
export async function findByFieldValue(
  db: Queryable,
  tenantId: string,
  module: MirrorModule,
  field: string,
  value: string,
): Promise<ZohoRecord[]> {
  const { rows } = await db.query<{ values: ZohoRecord }>(
    `select values from mirror_records
      where tenant_id = $1 and module = $2 and not deleted
        and lower(coalesce(values->$3->>'name', values->>$3)) = lower($4)
      limit ${MIRROR_ANSWER_LIMIT}`,
    [tenantId, module, field, value],
  );
  return rows.map((r) => r.values);
}
