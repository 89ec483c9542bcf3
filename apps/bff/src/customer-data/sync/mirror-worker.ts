import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { LockSession } from '../../automation/run/lock-session.ts';
import type { MirrorRuntime } from './mirror-runtime.ts';
import { syncTenant } from './sync-tenant.ts';

export const MIRROR_QUEUE = 'mirror-sync';
const jobSchema = z.object({ tenantId: z.string(), force: z.boolean().optional() });

/** How often the scheduler looks for due tenants: poll lag stays within the interval plus this. */
export const MIRROR_SCHEDULE_MS = 5_000;
const LOCK_WAIT_MS = 120_000;

/**
 * Tenants with something to do: connected, not in live mode, and a module due (or none started yet).
 * The sync state lives in PostgreSQL, so a restarted process finds an interrupted import here and
 * resumes it from its cursor.
 */
export async function dueTenants(runtime: MirrorRuntime): Promise<string[]> {
  const { rows } = await runtime.pool.query<{ tenant_id: string }>(
    `select c.tenant_id from zoho_connections c
       left join mirror_settings s on s.tenant_id = c.tenant_id
      where c.status = 'connected' and c.org is not null and coalesce(s.mode, 'auto') <> 'live'
        and (not exists (select 1 from mirror_sync_state m where m.tenant_id = c.tenant_id)
             or exists (select 1 from mirror_sync_state m where m.tenant_id = c.tenant_id and m.next_sync_at <= now()))`,
  );
  return rows.map((r) => r.tenant_id);
}

export interface MirrorWorker {
  /** Enqueues every due tenant now (tests call it instead of waiting for the timer). */
  schedule(): Promise<void>;
  /** Runs one tenant's sync in this process, now (tests; the console's Re-import enqueues instead). */
  runNow(tenantId: string, force?: boolean): Promise<Date | null>;
  stop(): void;
}

/**
 * Sync as a durable pg-boss job per tenant (policy `stately`: at most one waiting and one running per
 * tenant), fed by a scheduler over the sync state. An advisory lock per tenant keeps two processes from
 * syncing one tenant at once even when jobs overlap (an expired job retried while the first still runs).
 */
export async function startMirrorWorker(
  enabled: boolean,
  runtime: MirrorRuntime,
  boss: PgBoss,
  locks: LockSession,
): Promise<MirrorWorker> {
  const log = runtime.logger.child({ component: 'customer-data' });
  await boss.createQueue(MIRROR_QUEUE, {
    name: MIRROR_QUEUE,
    policy: 'stately',
    retryLimit: 3,
    expireInSeconds: 900,
  });
  const enqueue = (tenantId: string, force?: boolean) =>
    boss.send(MIRROR_QUEUE, { tenantId, ...(force ? { force } : {}) }, { singletonKey: tenantId });
  const runNow = async (tenantId: string, force = false): Promise<Date | null> => {
    const key = `cxc-mirror:${tenantId}`;
    // Waits for a run of another job or process to finish rather than skip: Re-import must not be lost.
    const until = runtime.now() + LOCK_WAIT_MS;
    while (!(await locks.tryLock(key))) {
      if (runtime.now() > until) return new Date(runtime.now() + 1_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    try {
      return await syncTenant(runtime, tenantId, { force });
    } finally {
      await locks.unlock(key);
    }
  };
  if (!enabled) return { schedule: () => Promise.resolve(), runNow, stop: () => undefined };
  await boss.work(MIRROR_QUEUE, { pollingIntervalSeconds: 1, batchSize: 2 }, async (jobs) => {
    for (const job of jobs) {
      const { tenantId, force } = jobSchema.parse(job.data);
      const next = await runNow(tenantId, force).catch((error: unknown) => {
        log.warn({ err: error, tenantId }, 'customer data sync run failed');
        return null;
      });
      // An import that used up its slice continues at once, not at the next scheduler tick.
      if (next && next.getTime() <= runtime.now()) await enqueue(tenantId);
    }
  });
  const schedule = async () => {
    for (const tenantId of await dueTenants(runtime)) await enqueue(tenantId);
  };
  const timer = setInterval(() => {
    schedule().catch((error: unknown) => log.warn({ err: error }, 'customer data schedule failed'));
  }, MIRROR_SCHEDULE_MS);
  timer.unref();
  return { schedule, runNow, stop: () => clearInterval(timer) };
}
