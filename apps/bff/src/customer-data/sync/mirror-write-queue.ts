import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { mirrorWrittenRecords, type WrittenRecord } from './mirror-written-record.ts';

interface Waiting {
  record: WrittenRecord;
  done: () => void;
}

/**
 * Group commit for the records the engine writes: per tenant, one mirror transaction at a time in this
 * process, and every record written meanwhile goes into the next one. The tenant's change lock
 * serialises its mirror writers, so one transaction per record capped the whole engine at that lock's
 * pace; now a busy tenant pays one turn per round, however many conversations are in flight. No timer:
 * a lone record goes at once. Each caller still waits until its record is committed (or its best-effort
 * write failed and was logged), so the next identification finds it, as before.
 */
export class MirrorWriteQueue {
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly writing = new Set<string>();

  constructor(private readonly deps: { pool: Pool; logger?: Logger | undefined }) {}

  write(tenantId: string, module: string, id: string, written: Record<string, unknown>): Promise<void> {
    return new Promise((done) => {
      const queue = this.waiting.get(tenantId) ?? [];
      queue.push({ record: { module, id, written }, done });
      this.waiting.set(tenantId, queue);
      if (!this.writing.has(tenantId)) void this.drain(tenantId);
    });
  }

  private async drain(tenantId: string): Promise<void> {
    this.writing.add(tenantId);
    try {
      for (;;) {
        const batch = this.waiting.get(tenantId);
        if (!batch?.length) return;
        this.waiting.delete(tenantId);
        // Best effort (a failure is logged there; Zoho has the records either way): callers always go on.
        await mirrorWrittenRecords(
          this.deps,
          tenantId,
          batch.map((w) => w.record),
        )
          .catch(() => undefined)
          .finally(() => {
            for (const w of batch) w.done();
          });
      }
    } finally {
      this.writing.delete(tenantId);
    }
  }
}
