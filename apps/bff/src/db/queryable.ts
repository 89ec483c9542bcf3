import type { Pool, PoolClient } from 'pg';

/** Services take either the pool or a client inside a transaction. */
export type Queryable = Pool | PoolClient;

/**
 * Runs `work` in a transaction on one client; rolls back on any error.
 *
 * While a client is checked out, pg-pool listens for nothing on it: a connection the server ends between
 * two statements (a restart, a failover, `pg_terminate_backend`) would emit an `error` event nobody
 * handles, and Node ends the whole process. So the transaction listens itself, and a client that failed
 * is destroyed on release instead of going back to the pool; the next statement rejects as usual.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on('error', onError);
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    if (!lost) await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(lost);
  }
}
