import type { Pool, PoolClient } from 'pg';

export interface OrgSlot {
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A counting semaphore per Zoho connection shared by every BFF process: `limit` session advisory locks
 * (connection hash, slot number). Holding one slot means "this process may run one event's Zoho calls".
 * Session locks die with their connection, so a killed worker frees its slot at once.
 */
export async function acquireOrgSlot(
  pool: Pool,
  connectionId: string,
  limit: number,
  signal?: AbortSignal,
): Promise<OrgSlot> {
  const client: PoolClient = await pool.connect();
  try {
    for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
      const { rows } = await client.query<{ slot: number | null }>(
        `select s as slot from generate_series(0, $2 - 1) s
          where pg_try_advisory_lock(hashtext('cxc-org:' || $1), s) limit 1`,
        [connectionId, limit],
      );
      const slot = rows[0]?.slot;
      if (slot !== null && slot !== undefined) {
        return {
          async release() {
            try {
              await client.query('select pg_advisory_unlock(hashtext($1), $2)', [
                `cxc-org:${connectionId}`,
                slot,
              ]);
            } finally {
              client.release();
            }
          },
        };
      }
      if (signal?.aborted) throw new Error('stopped while waiting for a Zoho slot');
      await sleep(wait);
    }
  } catch (error) {
    client.release();
    throw error;
  }
}
