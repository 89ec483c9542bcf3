import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import { type IdentityQuery, MIRROR_ANSWER_LIMIT } from './find-in-mirror.ts';

/** More hits than this for the keys of one pop (a shared switchboard number): answer question by question. */
const MAX_HITS = 500;

interface Hit {
  kind: IdentityQuery['kind'];
  key: string;
  module: MirrorModule;
  field: string;
  zoho_id: string;
}

interface PrefetchedRecord {
  module: MirrorModule;
  id: string;
  values: ZohoRecord;
  modified_at: string | null;
}

/**
 * What the mirror holds for a screen pop's identity keys, read in one query: every record in the given
 * modules holding one of the keys (so every spelling of a phone, which the index stores as E.164), and the
 * Account of each matched Contact. Questions it cannot answer exactly (another key, more hits than
 * MAX_HITS) return undefined and go to the database as before.
 */
export interface MirrorPrefetch {
  findByIdentity(
    modules: readonly MirrorModule[],
    query: IdentityQuery,
  ): { module: MirrorModule; record: ZohoRecord }[] | undefined;
  findById(module: MirrorModule, id: string): ZohoRecord | undefined;
}

export async function prefetchIdentities(
  db: Queryable,
  tenantId: string,
  modules: readonly MirrorModule[],
  keys: readonly { kind: IdentityQuery['kind']; key: string }[],
): Promise<MirrorPrefetch> {
  const { rows } = await db.query<{ hits: Hit[]; records: PrefetchedRecord[] }>(
    `with hits as (
       select i.kind, i.key, i.module, i.field, i.zoho_id from mirror_identities i
        where i.tenant_id = $1 and i.module = any($2)
          and (i.kind, i.key) in (select * from unnest($3::text[], $4::text[]))
        limit ${MAX_HITS + 1}),
     people as (
       select r.module, r.zoho_id, r.values, r.modified_at from mirror_records r
        where r.tenant_id = $1 and (r.module, r.zoho_id) in (select h.module, h.zoho_id from hits h)
          and not r.deleted),
     accounts as (
       select a.module, a.zoho_id, a.values, a.modified_at from mirror_records a
        where a.tenant_id = $1 and a.module = 'Accounts' and 'Accounts' = any($2) and not a.deleted
          and a.zoho_id in (select p.values->'Account_Name'->>'id' from people p where p.module = 'Contacts'))
     select (select coalesce(json_agg(h), '[]'::json) from hits h) as hits,
            (select coalesce(json_agg(json_build_object('module', x.module, 'id', x.zoho_id, 'values', x.values,
                                                        'modified_at', x.modified_at)), '[]'::json)
               from (select * from people union all select * from accounts) x) as records`,
    [tenantId, modules, keys.map((k) => k.kind), keys.map((k) => k.key)],
  );
  const hits = rows[0]?.hits ?? [];
  const records = new Map((rows[0]?.records ?? []).map((r) => [`${r.module}:${r.id}`, r]));
  const complete = hits.length <= MAX_HITS;
  const asked = new Set(keys.map((k) => `${k.kind}\u0000${k.key}`));
  const time = (r: PrefetchedRecord) =>
    r.modified_at ? Date.parse(r.modified_at) : Number.NEGATIVE_INFINITY;
  return {
    findByIdentity(wanted, query) {
      if (!complete || !asked.has(`${query.kind}\u0000${query.key}`)) return undefined;
      if (!wanted.every((m) => modules.includes(m))) return undefined;
      const found = new Map<string, PrefetchedRecord>();
      for (const hit of hits) {
        if (hit.kind !== query.kind || hit.key !== query.key || !wanted.includes(hit.module)) continue;
        if (query.fields && !query.fields.includes(hit.field)) continue;
        const record = records.get(`${hit.module}:${hit.zoho_id}`);
        if (record) found.set(`${hit.module}:${hit.zoho_id}`, record);
      }
      // The same order and limit as find-in-mirror's query: newest change first, undated last.
      return [...found.values()]
        .sort((a, b) => time(b) - time(a) || 0)
        .slice(0, MIRROR_ANSWER_LIMIT)
        .map((r) => ({ module: r.module, record: r.values }));
    },
    findById(module, id) {
      return records.get(`${module}:${id}`)?.values;
    },
  };
}
