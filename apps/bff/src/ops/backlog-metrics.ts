import { Gauge, type Registry } from 'prom-client';
import type { Pool } from 'pg';
import { countEventsByStatus } from '../automation/store/event-stats.ts';

/** One scrape's answer is reused this long: several Prometheus servers or a refresh storm cost one query. */
const CACHE_MS = 5_000;

const STATUSES = ['queued', 'processing', 'retrying', 'waiting_reconnect', 'done', 'failed', 'skipped'];

interface Snapshot {
  counts: Map<string, number>;
  oldest: Map<string, number>;
}

/**
 * The backlog as PostgreSQL sees it, so every process (BFF, workers) reports the same numbers and a
 * dashboard can take any one of them (use max(), not sum(), across instances). One grouped query per
 * scrape, cached a few seconds. The count covers the whole table; the age only unfinished statuses.
 */
export function registerBacklogMetrics(registry: Registry, pool: Pool): void {
  let cached: { at: number; snapshot: Promise<Snapshot> } | undefined;
  const read = (): Promise<Snapshot> => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.snapshot;
    const snapshot = query(pool);
    cached = { at: Date.now(), snapshot };
    // A failed read is not cached: the next scrape tries again.
    snapshot.catch(() => {
      cached = undefined;
    });
    return snapshot;
  };
  new Gauge({
    name: 'cxc_events',
    help: 'Stored events by status (read from PostgreSQL: the same in every process)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const { counts } = await read();
      for (const status of STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
  new Gauge({
    name: 'cxc_events_oldest_age_seconds',
    help: 'Age of the oldest unfinished event by status (queued, processing, retrying, waiting_reconnect); 0 when none',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const { oldest } = await read();
      for (const status of STATUSES.slice(0, 4)) this.set({ status }, oldest.get(status) ?? 0);
    },
  });
}

async function query(pool: Pool): Promise<Snapshot> {
  const rows = await countEventsByStatus(pool);
  return {
    counts: new Map(rows.map((row) => [row.status, row.n])),
    oldest: new Map(rows.map((row) => [row.status, Math.max(0, row.oldest ?? 0)])),
  };
}
