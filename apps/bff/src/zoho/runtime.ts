import type { Pool } from 'pg';
import { Semaphore } from './semaphore.ts';

/**
 * In-process state of one app instance (keyed by its pool, so two createApp instances share nothing):
 * the per-connection semaphores and the in-flight refreshes. Cross-process coordination is the
 * database's job (advisory lock), never this map's.
 */
export interface ZohoRuntime {
  semaphore(connectionId: string, limit: number): Semaphore;
  inFlightRefreshes: Map<string, Promise<unknown>>;
}

const runtimes = new WeakMap<Pool, ZohoRuntime>();

export function zohoRuntime(pool: Pool): ZohoRuntime {
  let runtime = runtimes.get(pool);
  if (!runtime) {
    const semaphores = new Map<string, Semaphore>();
    runtime = {
      semaphore(connectionId, limit) {
        const key = `${connectionId}:${limit}`;
        let semaphore = semaphores.get(key);
        if (!semaphore) {
          semaphore = new Semaphore(limit);
          semaphores.set(key, semaphore);
        }
        return semaphore;
      },
      inFlightRefreshes: new Map(),
    };
    runtimes.set(pool, runtime);
  }
  return runtime;
}

/**
 * Zoho's concurrent-call limit per org and app by edition
 * (https://www.zoho.com/crm/developer/docs/api/v2/api-limits.html); unknown → the smallest.
 */
export function editionConcurrency(edition: string | undefined): number {
  const limits: Record<string, number> = {
    free: 5,
    standard: 10,
    starter: 10,
    professional: 15,
    enterprise: 20,
    ultimate: 25,
  };
  return limits[(edition ?? '').toLowerCase()] ?? 5;
}
