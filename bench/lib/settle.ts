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
    // The bench shares the BFF's pool: on a busy machine a free client can take longer than the pool's
    // 5 s to come. A missed poll is tried again, not the end of a run that may have taken minutes.
    const polled = await pool
      .query<{ open: string; all: string }>(
        `select count(*) filter (where status not in ('done', 'failed', 'skipped')) as open, count(*) as all
           from events where event_id like $1`,
        [`${prefix}%`],
      )
      .catch((error: unknown) => {
        process.stderr.write(`  could not poll the events (${String(error)}); trying again\n`);
        return { rows: [] as { open: string; all: string }[] };
      });
    const { rows } = polled;
    if (rows.length === 0) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      continue;
    }
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
