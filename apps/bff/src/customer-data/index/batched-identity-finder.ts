import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { coalescedCalls } from '../../db/coalesced.ts';
import type { Queryable } from '../../db/queryable.ts';
import { type IdentityQuery, MIRROR_ANSWER_LIMIT } from './find-in-mirror.ts';

type Hit = { module: MirrorModule; record: ZohoRecord };
export type IdentityFinder = (
  tenantId: string,
  modules: readonly MirrorModule[],
  query: IdentityQuery,
) => Promise<Hit[]>;

interface Question {
  tenant_id: string;
  kind: IdentityQuery['kind'];
  key: string;
  modules: readonly MirrorModule[];
  fields: readonly string[] | null;
}

/**
 * findByIdentity for every conversation in flight in one statement: the engine's identification asks
 * the mirror once or twice per event, and those questions arriving together share a round trip. Each
 * question keeps its own answer: the same filter, order and limit as findByIdentity.
 */
export function batchedIdentityFinder(db: Queryable): IdentityFinder {
  const ask = coalescedCalls(async (questions: Question[]): Promise<Hit[][]> => {
    const { rows } = await db.query<{ n: number; module: MirrorModule; values: ZohoRecord }>(
      `select q.n, x.module, x.values
         from jsonb_to_recordset($1::jsonb)
              as q(n int, tenant_id text, kind text, key text, modules text[], fields text[])
         cross join lateral (
           select r.module, r.values, r.modified_at from mirror_records r
            where (r.tenant_id, r.module, r.zoho_id) in (
              select i.tenant_id, i.module, i.zoho_id from mirror_identities i
               where i.tenant_id = q.tenant_id and i.kind = q.kind and i.key = q.key
                 and i.module = any(q.modules) and (q.fields is null or i.field = any(q.fields)))
              and not r.deleted
            order by r.modified_at desc nulls last
            limit ${MIRROR_ANSWER_LIMIT}) x
        order by q.n, x.modified_at desc nulls last`,
      [JSON.stringify(questions.map((q, n) => ({ n, ...q })))],
    );
    const answers = questions.map((): Hit[] => []);
    for (const row of rows) answers[row.n]?.push({ module: row.module, record: row.values });
    return answers;
  });
  return (tenantId, modules, query) =>
    ask({ tenant_id: tenantId, kind: query.kind, key: query.key, modules, fields: query.fields ?? null });
}
