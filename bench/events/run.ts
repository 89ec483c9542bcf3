/**
 * Burst benchmark of the automation engine against the Zoho simulator:
 *   pnpm bench:events [--events 10000] [--concurrency 32] [--zoho-latency-ms 150] [--workers n]
 *                     [--compare-simple] [--simple-events 1000] [--simple-parallel 8,32]
 * `events` new chat visitors (chat.ended, e-mail) are sent as fast as `concurrency` senders can; the
 * engine (product defaults) records each as a Lead and a Task. Ends with one summary line; with
 * --compare-simple, Zoho's SDK connector's line comes first. Needs PostgreSQL (TEST_DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { ENGINE_BENCH_OPTIONS, engineBenchArgs } from '../lib/bench-args.ts';
import { startBenchStack } from '../lib/bench-stack.ts';
import { startMeasuredRun } from '../lib/engine-run.ts';
import { percentile, round } from '../lib/numbers.ts';
import { settleEvents } from '../lib/settle.ts';
import { writeResult } from '../lib/write-result.ts';
import { sendBurst } from './send-burst.ts';

const { values } = parseArgs({
  options: {
    ...ENGINE_BENCH_OPTIONS,
    events: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
  },
});
const args = engineBenchArgs(values);
const total = Number(values.events);

const bench = await startBenchStack({ latencyMs: args.latencyMs, channels: ['web_chat'] });
try {
  const { simple, finish } = await startMeasuredRun(bench, args);
  const run = Date.now().toString(36);
  const started = Date.now();
  const accepted = await sendBurst(bench.send, run, total, Number(values.concurrency));
  const settled = await settleEvents(bench.stack.pool, `bench-${run}-`, total - accepted.rejected);
  const { costs, created, duplicates } = await finish(total, { Leads: total, Tasks: total });
  const p50 = round(percentile(settled.seconds, 50));
  const p95 = round(percentile(settled.seconds, 95));
  const processed = round(total / ((settled.lastFinishedAt - started) / 1000));
  await writeResult('events', { args, total, accepted, statuses: settled.statuses, costs, created, simple });
  process.stdout.write(
    `  detail statuses=${JSON.stringify(settled.statuses)} calls=${JSON.stringify(costs.counts)} created=${JSON.stringify(created)} rejected=${accepted.rejected}\n`,
  );
  if (simple) process.stdout.write(`${simple}\n`);
  process.stdout.write(
    `events zoho_latency_ms=${args.latencyMs} accepted_per_s=${accepted.perSecond} processed_per_s=${processed} ` +
      `p50_s=${p50} p95_s=${p95} calls_per_event=${costs.callsPerEvent} lookup_calls_per_event=${costs.lookupPerEvent} ` +
      `write_calls_per_event=${costs.writePerEvent} records_per_write=${costs.recordsPerWrite} duplicates=${duplicates}\n`,
  );
} finally {
  await bench.stop();
}
// A CLI run ends here even if a library left a timer or socket behind.
process.exit(0);
