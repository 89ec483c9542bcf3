import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/**
 * The coalescing the engine batchers share: per key, one open batch that is sent when its window
 * (counted from its first item) ends or when the caller says it is full, whichever comes first. While
 * `inFlightLimit` calls of the key are still out, a batch whose window ended keeps collecting and goes
 * when one of them returns: under load each call carries what arrived during the last round trip (up to
 * Zoho's per-call maximum), and an idle key still sends after one window.
 */
export class BatchWindows<B> {
  private readonly open = new Map<string, { batch: B; timer: NodeJS.Timeout; due: boolean }>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly send: (batch: B) => Promise<unknown> | void,
    private readonly inFlightLimit = Number.POSITIVE_INFINITY,
  ) {}

  /** The key's open batch, if any. */
  peek(key: string): B | undefined {
    return this.open.get(key)?.batch;
  }

  /** The key's open batch, or a new one from `create` whose window starts now. */
  batchFor(key: string, create: () => B): B {
    let entry = this.open.get(key);
    if (!entry) {
      entry = { batch: create(), timer: setTimeout(() => this.windowEnded(key), this.windowMs), due: false };
      this.open.set(key, entry);
    }
    return entry.batch;
  }

  /** Sends the key's open batch now (full, or about to take an item it must not share a request with). */
  flush(key: string): void {
    const entry = this.open.get(key);
    if (!entry) return;
    this.open.delete(key);
    clearTimeout(entry.timer);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    void Promise.resolve()
      .then(() => this.send(entry.batch))
      .catch(() => undefined)
      .finally(() => {
        const left = (this.inFlight.get(key) ?? 1) - 1;
        if (left > 0) this.inFlight.set(key, left);
        else this.inFlight.delete(key);
        if (this.open.get(key)?.due) this.flush(key);
      });
  }

  flushAll(): void {
    for (const key of [...this.open.keys()]) this.flush(key);
  }

  private windowEnded(key: string): void {
    const entry = this.open.get(key);
    if (!entry) return;
    if ((this.inFlight.get(key) ?? 0) < this.inFlightLimit) this.flush(key);
    else entry.due = true;
  }
}

/** One lookup waiting in a batch: what it asked (`Ask`) and how to answer it. */
export type Waiting<Ask> = Ask & {
  resolve: (records: ZohoRecord[]) => void;
  reject: (error: unknown) => void;
};

/** A lookup batch: one module of one connection, and everyone waiting on its call. */
export interface LookupBatch<W extends Waiting<object>> {
  client: ZohoClient;
  module: string;
  waiters: W[];
}

/**
 * The windows of the engine's lookup batchers: one call per key in flight (lookups arriving meanwhile
 * share the next one), and a call that fails fails every lookup that waited on it.
 */
export function lookupWindows<B extends LookupBatch<Waiting<object>>>(
  windowMs: number,
  resolve: (batch: B) => Promise<void>,
): BatchWindows<B> {
  return new BatchWindows(
    windowMs,
    (batch) =>
      resolve(batch).catch((error: unknown) => {
        for (const w of batch.waiters) w.reject(error);
      }),
    1,
  );
}
