import type { Pool } from 'pg';

export interface Settled {
  /** Events per final status. */
  statuses: Record<string, number>;
  /** event→record seconds (received → finished) of the events that ended `done`. */
  seconds: number[];
  /** When the last of them finished (epoch ms). */
  lastFinishedAt: number;
}

/**
 * Waits until every event whose id starts with `prefix` has settled (or `timeoutMs` passed), then reads
 * how long each took from the events table: the engine's own clock, not the sender's.
 */
export async function settleEvents(
  pool: Pool,
  prefix: string,
  expected: number,
  timeoutMs = 30 * 60_000,
): Promise<Settled> {
  const deadline = Date.now() + timeoutMs;
  let reported = Date.now();
  for (;;) {
    // The engine shares the pool: a busy pool (a connect timeout) only delays this look.
    const rows = await pool
      .query<{ open: string; all: string }>(
        `select count(*) filter (where status not in ('done', 'failed', 'skipped')) as open, count(*) as all
           from events where event_id like $1`,
        [`${prefix}%`],
      )
      .then((result) => result.rows)
      .catch(() => [{ open: '?', all: '0' }]);
    if ((Number(rows[0]?.open) === 0 && Number(rows[0]?.all) >= expected) || Date.now() > deadline) break;
    if (Date.now() - reported > 10_000) {
      reported = Date.now();
      process.stderr.write(`  waiting: ${rows[0]?.open ?? '?'} of ${rows[0]?.all ?? '?'} events open\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { rows } = await pool.query<{ status: string; seconds: number | null; finished: Date | null }>(
    `select status, extract(epoch from finished_at - received_at)::float8 as seconds, finished_at as finished
       from events where event_id like $1`,
    [`${prefix}%`],
  );
  const statuses: Record<string, number> = {};
  const seconds: number[] = [];
  let lastFinishedAt = 0;
  for (const row of rows) {
    statuses[row.status] = (statuses[row.status] ?? 0) + 1;
    if (row.status === 'done' && row.seconds !== null) seconds.push(row.seconds);
    if (row.finished) lastFinishedAt = Math.max(lastFinishedAt, row.finished.getTime());
  }
  return { statuses, seconds, lastFinishedAt };
}
