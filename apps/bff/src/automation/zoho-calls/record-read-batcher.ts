import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { readRecordsByIds } from '../../zoho/phone-lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { type BatchWindows, type LookupBatch, lookupWindows, type Waiting } from './batch-windows.ts';

/** `GET /{module}?ids=` takes at most 100 ids. */
const IDS_PER_READ = 100;

type Waiter = Waiting<{ ids: readonly string[] }>;

interface Batch extends LookupBatch<Waiter> {
  ids: Set<string>;
}

/**
 * Coalesces the reads of found records (COQL returns only the selected columns, so every lookup by
 * COQL reads its rows with `GET ?ids=`): the e-mail and phone lookups of all conversations in flight
 * share one read of up to 100 ids per module. Only ids a COQL just returned come here, so each exists.
 */
export class RecordReadBatcher {
  private readonly windows: BatchWindows<Batch>;

  constructor(windowMs: number) {
    this.windows = lookupWindows(windowMs, readBatch);
  }

  read(client: ZohoClient, module: string, ids: readonly string[]): Promise<ZohoRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const key = JSON.stringify([client.connectionId, module]);
    if ((this.windows.peek(key)?.ids.size ?? 0) + ids.length > IDS_PER_READ) this.windows.flush(key);
    return new Promise((resolve, reject) => {
      const batch = this.windows.batchFor(key, () => ({ client, module, waiters: [], ids: new Set() }));
      batch.waiters.push({ ids, resolve, reject });
      for (const id of ids) batch.ids.add(id);
      if (batch.ids.size >= IDS_PER_READ) this.windows.flush(key);
    });
  }

  flushAll(): void {
    this.windows.flushAll();
  }
}

async function readBatch({ client, module, waiters, ids }: Batch): Promise<void> {
  const records = await readRecordsByIds(client, module, [...ids]);
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const w of waiters)
    w.resolve(w.ids.map((id) => byId.get(id)).filter((r): r is ZohoRecord => r !== undefined));
}
