import type { RunningZohoSim } from '../../packages/zoho-sim/src/index.ts';
import type { LoggedCall } from '../lib/classify-calls.ts';

interface SimLogEntry {
  seq: number;
  method: string;
  path: string;
  host: 'accounts' | 'api';
  detail?: string;
}

/**
 * Follows the simulator's request log from `since` while the burst runs. The log keeps the last
 * 20,000 calls, fewer than a 10,000-event burst makes, so it is read as it grows instead of at the end.
 * Both hosts are followed: the CRM API's calls, and the accounts server's (token refreshes).
 */
export function collectRequests(sim: RunningZohoSim, since: number) {
  const seen: LoggedCall[] = [];
  let cursor = since;
  const drain = async () => {
    const response = await fetch(`${sim.baseUrl}/__sim/requests?since=${cursor}`);
    const body = (await response.json()) as { requests: SimLogEntry[]; last_seq: number };
    for (const r of body.requests)
      seen.push({ method: r.method, path: r.path, host: r.host, ...(r.detail ? { detail: r.detail } : {}) });
    cursor = body.last_seq;
  };
  let pending = Promise.resolve();
  const timer = setInterval(() => {
    pending = pending.then(drain);
  }, 1_000);
  return {
    async all(): Promise<LoggedCall[]> {
      clearInterval(timer);
      await pending;
      await drain();
      return seen;
    },
  };
}
