import type { Pool } from 'pg';
import { type Accepted, round } from './send-burst.ts';

/** Waits until every event is settled, then reads latency from the events table and cost from the simulator. */
export async function summarise(
  pool: Pool,
  total: number,
  accepted: Accepted,
  zoho: { credits(): Promise<number>; requests(): Promise<{ method: string; path: string }[]> },
) {
  const started = performance.now();
  for (;;) {
    const { rows } = await pool.query<{ open: string }>(
      `select count(*) as open from events where status not in ('done', 'failed', 'skipped')`,
    );
    if (Number(rows[0]?.open) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const drainSeconds = (performance.now() - started) / 1000;
  const { rows } = await pool.query<{ status: string; n: string; p50: number | null; p95: number | null }>(
    `select status, count(*) as n,
            percentile_cont(0.5) within group (order by extract(epoch from finished_at - received_at)) as p50,
            percentile_cont(0.95) within group (order by extract(epoch from finished_at - received_at)) as p95
       from events group by status`,
  );
  const done = rows.find((row) => row.status === 'done');
  const [credits, requests] = await Promise.all([zoho.credits(), zoho.requests()]);
  const calls = requests.length;
  const isWrite = (r: { method: string; path: string }) =>
    (r.method === 'POST' || r.method === 'PUT') &&
    /\/crm\/v2\/[A-Za-z_]+(\/upsert)?$/.test(r.path.split('?')[0] ?? '');
  const writeCalls = requests.filter(isWrite).length;
  const searches = requests.filter((r) => r.path.split('?')[0]?.endsWith('/search')).length;
  const { rows: written } = await pool.query<{ n: string }>(
    `select count(*) as n from event_operations where status = 'done' and kind in ('create', 'update')`,
  );
  return {
    accepted,
    statuses: Object.fromEntries(rows.map((row) => [row.status, Number(row.n)])),
    eventToRecordSeconds: { p50: round(done?.p50 ?? 0), p95: round(done?.p95 ?? 0) },
    processedPerSecond: round(total / (accepted.seconds + drainSeconds)),
    zohoCallsPerEvent: round(calls / total),
    searchCallsPerEvent: round(searches / total),
    writeCallsPerEvent: round(writeCalls / total),
    recordsPerWriteCall: round(Number(written[0]?.n ?? 0) / Math.max(1, writeCalls)),
    creditsPerEvent: round(credits / total),
  };
}
