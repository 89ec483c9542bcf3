import type { RunningZohoSim } from '../../packages/zoho-sim/src/index.ts';
import { simRequests } from '../../apps/bff/test/start-connected-stack.ts';

/**
 * Follows the simulator's API request log from `since` while the burst runs. The log keeps the last
 * 20,000 calls, fewer than a 10,000-event burst makes, so it is read as it grows instead of at the end.
 */
export function collectRequests(sim: RunningZohoSim, since: number) {
  const seen: { method: string; path: string }[] = [];
  let cursor = since;
  const drain = async () => {
    const { requests, lastSeq } = await simRequests(sim, cursor);
    for (const r of requests) seen.push({ method: r.method, path: r.path });
    cursor = lastSeq;
  };
  let pending = Promise.resolve();
  const timer = setInterval(() => {
    pending = pending.then(drain);
  }, 1_000);
  return {
    async all(): Promise<{ method: string; path: string }[]> {
      clearInterval(timer);
      await pending;
      await drain();
      return seen;
    },
  };
}
