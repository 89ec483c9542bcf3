import type { LockSession } from '../run/lock-session.ts';

export interface OrgSlot {
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A counting semaphore per Zoho connection shared by every BFF process: `limit` advisory locks
 * (`pool` + connection, slot number) held on the process's lock session. One slot = one Zoho call in
 * flight. `pool` separates Zoho's org-wide concurrency limit from its lower sub-concurrency limit for
 * "complex" calls (search, COQL, writes of more than 10 records), which need a slot of each.
 */
export async function acquireOrgSlot(
  session: LockSession,
  key: { pool: 'all' | 'complex'; connectionId: string },
  limit: number,
  signal?: AbortSignal,
): Promise<OrgSlot> {
  const lockKey = `cxc-org-${key.pool}:${key.connectionId}`;
  const releaseLocal = await session.localQueue(lockKey, limit).acquire();
  try {
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      const slot = await session.tryAnyOf(lockKey, limit);
      if (slot !== undefined)
        return {
          async release() {
            try {
              await session.unlock(lockKey, slot);
            } finally {
              releaseLocal();
            }
          },
        };
      if (signal?.aborted) throw new Error('stopped while waiting for a Zoho slot');
      // Only reached while other processes hold slots. Jitter keeps processes from polling in lockstep.
      await sleep(wait / 2 + Math.random() * wait);
    }
  } catch (error) {
    releaseLocal();
    throw error;
  }
}
