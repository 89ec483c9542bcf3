import type { ZohoClient, ZohoRecordResult, ZohoWriteResult } from '../../zoho/zoho-client.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { BatchWindows } from './batch-windows.ts';

export type WriteKind = 'insert' | 'update' | 'upsert';

/** The org's own automation for a write: Zoho's `trigger` list (absent: all run) and `lar_id` (new Leads). */
export interface ZohoAutomationOptions {
  trigger?: string[];
  larId?: string;
}

export interface BatchOptions {
  /** Zoho takes at most 100 records per insert, update or upsert. */
  maxRecords: number;
  /** How long the first record of a batch waits for others to join it. */
  windowMs: number;
}

interface Waiter {
  record: Record<string, unknown>;
  resolve: (result: ZohoRecordResult) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  client: ZohoClient;
  module: string;
  kind: WriteKind;
  duplicateCheckFields: string[];
  automation: ZohoAutomationOptions;
  waiters: Waiter[];
}

/** What makes two records collide inside one request: the same id (update) or duplicate-check value (upsert). */
function identityOf(batch: Pick<Batch, 'kind' | 'duplicateCheckFields'>, record: Record<string, unknown>) {
  if (batch.kind === 'update') return typeof record.id === 'string' ? [record.id] : [];
  if (batch.kind === 'insert') return [];
  return batch.duplicateCheckFields
    .map((field) => record[field])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map((value) => value.toLowerCase());
}

/**
 * Coalesces the engine's single-record writes into Zoho batch calls (one call, one credit, up to 100
 * records): every conversation in flight in this process that writes the same module of the same org
 * within `windowMs` shares one request. Zoho answers per record, index-aligned, so each caller gets its
 * own result; a whole-request failure reaches every caller (each event then retries by itself).
 */
export class WriteBatcher {
  private readonly windows: BatchWindows<Batch>;

  constructor(private readonly options: BatchOptions) {
    // One write per module in flight: what arrives meanwhile rides in the next call.
    this.windows = new BatchWindows(options.windowMs, (batch) => send(batch, batch.waiters), 1);
  }

  write(
    client: ZohoClient,
    module: string,
    kind: WriteKind,
    record: Record<string, unknown>,
    duplicateCheckFields: string[] = [],
    automation: ZohoAutomationOptions = {},
  ): Promise<ZohoRecordResult> {
    // `trigger` and `lar_id` apply to a whole request: only writes that agree on them share one.
    const key = JSON.stringify([
      client.connectionId,
      module,
      kind,
      duplicateCheckFields,
      automation.trigger ?? null,
      automation.larId ?? null,
    ]);
    return new Promise((resolve, reject) => {
      const open = this.windows.peek(key);
      // A record that would collide with one already in the batch goes into the next request instead.
      if (open && collides(open, record)) this.windows.flush(key);
      const batch = this.windows.batchFor(key, () => ({
        client,
        module,
        kind,
        duplicateCheckFields,
        automation,
        waiters: [],
      }));
      batch.waiters.push({ record, resolve, reject });
      if (batch.waiters.length >= this.options.maxRecords) this.windows.flush(key);
    });
  }

  /** Sends every open batch now (on shutdown). */
  flushAll(): void {
    this.windows.flushAll();
  }
}

function collides(batch: Batch, record: Record<string, unknown>): boolean {
  const identity = identityOf(batch, record);
  if (identity.length === 0) return false;
  return batch.waiters.some((w) => identityOf(batch, w.record).some((value) => identity.includes(value)));
}

function call(batch: Batch, records: Record<string, unknown>[]): Promise<ZohoWriteResult> {
  const { trigger, larId } = batch.automation;
  const triggerOnly = trigger ? { trigger } : {};
  const options = { ...triggerOnly, ...(larId ? { larId } : {}) };
  if (batch.kind === 'insert') return batch.client.insertRecords(batch.module, records, options);
  if (batch.kind === 'update')
    return batch.client.updateRecords(
      batch.module,
      records as ({ id: string } & Record<string, unknown>)[],
      triggerOnly,
    );
  return batch.client.upsertRecords(batch.module, records, {
    duplicateCheckFields: batch.duplicateCheckFields,
    ...options,
  });
}

/** A request-level refusal (4xx without per-record results) says nothing about which record caused it. */
const isRequestRefusal = (error: unknown) =>
  error instanceof ZohoApiError &&
  error.httpStatus >= 400 &&
  error.httpStatus < 500 &&
  error.httpStatus !== 429;

async function send(batch: Batch, waiters: Waiter[]): Promise<void> {
  try {
    const write = await call(
      batch,
      waiters.map((w) => w.record),
    );
    if (write.results.length !== waiters.length)
      throw new ZohoApiError(
        write.httpStatus,
        'UNEXPECTED_RESPONSE',
        `Zoho answered ${write.results.length} results for ${waiters.length} records`,
      );
    waiters.forEach((w, i) => w.resolve(write.results[i] as ZohoRecordResult));
  } catch (error) {
    // Nothing was written. One bad record must not fail the others with it: each goes again alone.
    if (waiters.length > 1 && isRequestRefusal(error)) {
      await Promise.all(waiters.map((w) => send(batch, [w])));
      return;
    }
    for (const w of waiters) w.reject(error);
  }
}
