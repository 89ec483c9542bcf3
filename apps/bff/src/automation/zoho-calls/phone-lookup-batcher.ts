import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { extensionPrefixes, isExtensionOf, phoneSearchVariants } from '@cxc/shared/domain/phone';
import {
  COQL_MAX_CRITERIA,
  COQL_MAX_IN_VALUES,
  extensionFields,
  phoneCoqlQueries,
} from '../../zoho/phone-query.ts';
import { findByPhone } from '../../zoho/phone-lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { type BatchWindows, type LookupBatch, lookupWindows, type Waiting } from './batch-windows.ts';
import type { RecordReadBatcher } from './record-read-batcher.ts';

type Waiter = Waiting<{ phone: string; variants: ReadonlySet<string>; prefixes: readonly string[] }>;

interface Batch extends LookupBatch<Waiter> {
  fields: readonly string[];
  values: Set<string>;
}

/** `in` lists the batch's spellings need in each field's criterion: what decides the query's size. */
const criteriaFor = (fields: number, values: number) => fields * Math.ceil(values / COQL_MAX_IN_VALUES);

/**
 * Coalesces the engine's "who has this number?" lookups of conversations in flight: every spelling of
 * every number, in every phone field, in one COQL per module (`Phone in (…50 spellings…) or …`, at most 25
 * criteria), split only where Zoho's limits demand; the rows found are read with the other lookups' reads.
 * Each caller gets the records whose phone text is one of its spellings, as its own COQL would have
 * returned; the planner re-checks them in E.164.
 */
export class PhoneLookupBatcher {
  private readonly windows: BatchWindows<Batch>;

  constructor(
    windowMs: number,
    private readonly reads: RecordReadBatcher,
  ) {
    this.windows = lookupWindows(windowMs, (batch) => this.resolveBatch(batch));
  }

  find(client: ZohoClient, module: string, phone: string, fields: readonly string[]): Promise<ZohoRecord[]> {
    const variants = phoneSearchVariants(phone);
    const names = [...new Set(fields)].sort();
    // Unparseable: the plain path (one `phone=` search for the exact text).
    if (variants.length === 0 || names.length === 0) return findByPhone(client, module, phone, fields);
    const key = JSON.stringify([client.connectionId, module, names]);
    const open = this.windows.peek(key);
    if (open && criteriaFor(names.length, open.values.size + variants.length) > COQL_MAX_CRITERIA)
      this.windows.flush(key);
    return new Promise((resolve, reject) => {
      const batch = this.windows.batchFor(key, () => ({
        client,
        module,
        fields: names,
        waiters: [],
        values: new Set(),
      }));
      batch.waiters.push({
        phone,
        variants: new Set(variants),
        prefixes: extensionPrefixes(phone),
        resolve,
        reject,
      });
      for (const v of variants) batch.values.add(v);
    });
  }

  /**
   * Numbers stored with an extension ("+1 415 555 0100 ext. 12") need a `like` per office-line field and
   * prefix. A small batch (one caller: a Contact's five fields' spellings and prefixes make 14 criteria)
   * asks for them in its one query; a larger one asks only for the callers nothing matched, in a second
   * round, so a batch of known callers costs no more than before.
   */
  private async resolveBatch(batch: Batch): Promise<void> {
    const { client, module, fields, waiters } = batch;
    const prefixes = waiters.flatMap((w) => w.prefixes);
    const likes = extensionFields(fields).length * prefixes.length;
    const together = criteriaFor(fields.length, batch.values.size) + likes <= COQL_MAX_CRITERIA;
    const rows = await this.rowsFor(client, module, fields, [...batch.values], together ? prefixes : []);
    if (!rows) {
      // Hundreds of records share these numbers: each caller looks alone rather than miss some.
      await Promise.all(
        waiters.map(async (w) => w.resolve(await findByPhone(client, module, w.phone, fields))),
      );
      return;
    }
    const has = (w: Waiter) => (row: ZohoRecord) =>
      fields.some((f) => {
        const text = row[f];
        return typeof text === 'string' && (w.variants.has(text) || isExtensionOf(text, w.prefixes));
      });
    if (!together) {
      const unmatched = waiters.filter((w) => !rows.some(has(w))).flatMap((w) => w.prefixes);
      if (unmatched.length) rows.push(...((await this.rowsFor(client, module, fields, [], unmatched)) ?? []));
    }
    const wanted = waiters.map((w) => [...new Set(rows.filter(has(w)).map((row) => row.id))]);
    const records = await this.reads.read(client, module, [...new Set(wanted.flat())]);
    const byId = new Map(records.map((r) => [r.id, r]));
    waiters.forEach((w, i) =>
      w.resolve((wanted[i] ?? []).map((id) => byId.get(id)).filter((r): r is ZohoRecord => r !== undefined)),
    );
  }

  /** The rows of the batch's COQL selects; undefined when a page says more records exist. */
  private async rowsFor(
    client: ZohoClient,
    module: string,
    fields: readonly string[],
    values: readonly string[],
    prefixes: readonly string[],
  ): Promise<ZohoRecord[] | undefined> {
    const queries = phoneCoqlQueries(module, fields, '', values, prefixes);
    const pages = await Promise.all(queries.map((query) => client.coql(query)));
    return pages.some((page) => page.moreRecords) ? undefined : pages.flatMap((page) => page.records);
  }
}
