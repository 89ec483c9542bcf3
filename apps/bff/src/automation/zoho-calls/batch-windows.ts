/**
 * The coalescing both engine batchers share: per key, one open batch that is sent when its window
 * (counted from its first item) ends or when the caller says it is full, whichever comes first.
 */
export class BatchWindows<B> {
  private readonly open = new Map<string, { batch: B; timer: NodeJS.Timeout }>();

  constructor(
    private readonly windowMs: number,
    private readonly send: (batch: B) => void,
  ) {}

  /** The key's open batch, if any. */
  peek(key: string): B | undefined {
    return this.open.get(key)?.batch;
  }

  /** The key's open batch, or a new one from `create` whose window starts now. */
  batchFor(key: string, create: () => B): B {
    let entry = this.open.get(key);
    if (!entry) {
      entry = { batch: create(), timer: setTimeout(() => this.flush(key), this.windowMs) };
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
    this.send(entry.batch);
  }

  flushAll(): void {
    for (const key of [...this.open.keys()]) this.flush(key);
  }
}
