import { MIRROR_CONFIRM_AFTER_SECONDS, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Lookup, LookupQuery, ZohoRecord } from '@cxc/shared/domain/lookup';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { CountryCode } from 'libphonenumber-js';
import type { Queryable } from '../../db/queryable.ts';
import { findByFieldValue, findById, findByIdentity, type IdentityQuery } from './find-in-mirror.ts';
import { foldKey } from './identity-keys.ts';
import type { IdentityFinder } from './batched-identity-finder.ts';
import type { MirrorPrefetch } from './mirror-prefetch.ts';
import type { MirrorView } from './mirror-view.ts';

const PAIR = /\(([A-Za-z0-9_]+):equals:((?:\\.|[^\\)])*)\)/;

/** The first `(Field:equals:value)` of the planner's criteria, unescaped; the planner re-checks the rest. */
export function firstEqualsPair(criteria: string): [string, string] | undefined {
  const match = PAIR.exec(criteria);
  if (!match?.[1] || match[2] === undefined) return undefined;
  return [match[1], match[2].replace(/\\(.)/g, '$1')];
}

export interface MirrorLookupOptions {
  defaultCountry: CountryCode | undefined;
  /**
   * Automation's guard against duplicates: a miss is asked again live (one call, through the engine's
   * batcher) when no watch channel is live and the mirror is older than MIRROR_CONFIRM_AFTER_SECONDS, because a person created in
   * Zoho since the last sync would otherwise be created a second time. The agent panel does not confirm:
   * the agent sees "as of" and can search Zoho now.
   */
  confirmMisses: boolean;
  now?: () => number;
  /** Counts what the mirror answered and what went live (tests, bench). */
  onAnswer?: (source: 'mirror' | 'live') => void;
  /** Answers identity questions (the engine's shares a statement with other conversations). */
  finder?: IdentityFinder | undefined;
}

/**
 * One planner question answered from the mirror alone: from what the screen pop read up front when that
 * covers the question, else from the database.
 */
export async function answerFromMirror(
  db: Queryable,
  tenantId: string,
  q: LookupQuery & { module: MirrorModule },
  country: CountryCode | undefined,
  prefetch?: MirrorPrefetch,
  finder?: IdentityFinder,
): Promise<ZohoRecord[]> {
  const find = async (query: IdentityQuery) =>
    finder ? finder(tenantId, [q.module], query) : findByIdentity(db, tenantId, [q.module], query);
  const byIdentity = async (query: IdentityQuery) =>
    (prefetch?.findByIdentity([q.module], query) ?? (await find(query))).map((h) => h.record);
  switch (q.by) {
    case 'id': {
      const record = prefetch?.findById(q.module, q.id) ?? (await findById(db, tenantId, q.module, q.id));
      return record ? [record] : [];
    }
    case 'email':
      return byIdentity({ kind: 'email', key: foldKey(q.email) });
    case 'phone': {
      const parsed = normalizePhone(q.phone, country);
      if (!parsed.ok) return [];
      return byIdentity({ kind: 'phone', key: parsed.e164, fields: q.fields });
    }
    case 'criteria': {
      const pair = firstEqualsPair(q.criteria);
      if (!pair) return [];
      const [field, value] = pair;
      const named = q.module === 'Accounts' ? field === 'Account_Name' : field === 'Last_Name';
      if (named) return byIdentity({ kind: 'name', key: foldKey(value) });
      return findByFieldValue(db, tenantId, q.module, field, value);
    }
  }
}

/**
 * The planner's Lookup answered from the mirror for the modules it holds, and live for the rest. The
 * records are Zoho's own values as last synced, so the planner's exact re-checks (E.164 in the record's
 * country, e-mail fields) run unchanged.
 */
export function mirrorLookup(
  db: Queryable,
  tenantId: string,
  view: MirrorView,
  live: Lookup,
  options: MirrorLookupOptions,
): Lookup {
  const now = options.now ?? Date.now;
  // The miss policy: with a live watch channel Zoho pushes every change, so a miss is believed; without
  // one, the mirror is as current as its last poll, and a miss is confirmed live once that is older than
  // MIRROR_CONFIRM_AFTER_SECONDS (a person created in Zoho since then must not be created again).
  const stale = () =>
    !view.pushed && (view.asOf === null || now() - view.asOf.getTime() > MIRROR_CONFIRM_AFTER_SECONDS * 1000);
  const lookup: Lookup = async (query) => {
    const module = query.module as MirrorModule;
    if (!view.modules.includes(module)) {
      options.onAnswer?.('live');
      return live(query);
    }
    const records = await answerFromMirror(
      db,
      tenantId,
      { ...query, module },
      options.defaultCountry,
      undefined,
      options.finder,
    );
    if (records.length === 0 && options.confirmMisses && query.by !== 'id' && stale()) {
      options.onAnswer?.('live');
      return live(query);
    }
    options.onAnswer?.('mirror');
    return records;
  };
  // The mirror answers from the database; misses go to `live`, which says for itself.
  lookup.concurrent = live.concurrent ?? false;
  return lookup;
}
