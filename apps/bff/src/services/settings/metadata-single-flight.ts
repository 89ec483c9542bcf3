import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../../db/queryable.ts';

/** Per pool: an engine or BFF instance has its own, and instances must meet in PostgreSQL, not here. */
const flightsByPool = new WeakMap<Pool, Map<string, Promise<unknown>>>();

/**
 * One refresh of a tenant's Zoho metadata at a time, across every process: callers of this process
 * share one promise, and that one waits on a transaction advisory lock in PostgreSQL (the lock other
 * BFF and worker processes take too). `work` runs under the lock and must re-read the shared cache
 * first: the process that held the lock before may have just refreshed it. Without this, every event in
 * flight when the cache expired refetched the fields of every module and the users.
 */
export function singleFlight<T>(pool: Pool, key: string, work: (db: PoolClient) => Promise<T>): Promise<T> {
  let flights = flightsByPool.get(pool);
  if (!flights) flightsByPool.set(pool, (flights = new Map<string, Promise<unknown>>()));
  const running = flights.get(key) as Promise<T> | undefined;
  if (running) return running;
  const flight = underLock(pool, `cxc-metadata:${key}`, work).finally(() => flights.delete(key));
  flights.set(key, flight);
  return flight;
}

function underLock<T>(pool: Pool, lockKey: string, work: (db: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (db) => {
    await db.query('select pg_advisory_xact_lock(hashtext($1))', [lockKey]);
    return work(db);
  });
}
