import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { type BatchWindows, type LookupBatch, lookupWindows, type Waiting } from './batch-windows.ts';
import { RecordReadBatcher } from './record-read-batcher.ts';

/** Modules whose e-mail lookups are batched; their e-mail fields (Zoho's `email=` search covers both). */
const EMAIL_FIELDS: Record<string, readonly string[]> = {
  Leads: ['Email', 'Secondary_Email'],
  Contacts: ['Email', 'Secondary_Email'],
};
/**
 * COQL: at most 50 values in one `in` (https://www.zoho.com/crm/developer/docs/api/v7/COQL-Limitations.html).
 */
const VALUES_PER_QUERY = 50;
const ROWS_PER_QUERY = 200;

type Batch = LookupBatch<Waiting<{ email: string }>>;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : undefined);

/**
 * Coalesces the engine's "who has this e-mail?" lookups of conversations in flight: one COQL
 * `Email in (…) or Secondary_Email in (…)` for up to 50 addresses, then the full records with
 * `GET ?ids=` (COQL v2 returns only the selected columns). COQL reads the database, so a record created
 * a second ago is found, unlike `/search`. Each caller gets the records holding its address; the planner
 * re-checks them as it does search results.
 */
export class EmailLookupBatcher {
  private readonly windows: BatchWindows<Batch>;

  constructor(
    windowMs: number,
    private readonly reads = new RecordReadBatcher(windowMs),
  ) {
    this.windows = lookupWindows(windowMs, (batch) => resolveBatch(batch, this.reads));
  }

  /** Whether this batcher answers e-mail lookups of `module`. */
  static covers(module: string): boolean {
    return module in EMAIL_FIELDS;
  }

  find(client: ZohoClient, module: string, email: string): Promise<ZohoRecord[]> {
    const key = JSON.stringify([client.connectionId, module]);
    return new Promise((resolve, reject) => {
      const batch = this.windows.batchFor(key, () => ({ client, module, waiters: [] }));
      batch.waiters.push({ email, resolve, reject });
      if (new Set(batch.waiters.map((w) => lower(w.email))).size >= VALUES_PER_QUERY) this.windows.flush(key);
    });
  }
}

async function resolveBatch(batch: Batch, reads: RecordReadBatcher): Promise<void> {
  const { client, module, waiters } = batch;
  const fields = EMAIL_FIELDS[module] ?? ['Email'];
  const emails = [...new Set(waiters.map((w) => w.email.toLowerCase()))];
  const where = fields.map((f) => `${f} in (${emails.map(quote).join(', ')})`).join(' or ');
  const rows = await client.coql(
    `select id, ${fields.join(', ')} from ${module} where (${where}) limit ${ROWS_PER_QUERY}`,
  );
  if (rows.moreRecords) {
    // Hundreds of records share these addresses: let each caller search alone rather than miss some.
    await Promise.all(
      waiters.map(async (w) => w.resolve((await client.search(module, { email: w.email })).records)),
    );
    return;
  }
  const records = await reads.read(
    client,
    module,
    rows.records.map((r) => r.id),
  );
  for (const w of waiters) {
    const wanted = w.email.toLowerCase();
    w.resolve(records.filter((r) => fields.some((f) => lower(r[f]) === wanted)));
  }
}
