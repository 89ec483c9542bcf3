/**
 * Sustained load on the automation engine against the Zoho simulator:
 *   pnpm bench:sustained [--rate 100] [--seconds 60] [--zoho-latency-ms 150] [--workers n] [--compare-simple]
 * New chat visitors (chat.ended with an e-mail) arrive at `rate` per second, open loop, for `seconds`;
 * the engine runs with the product's defaults. p50/p95/p99 are event→record (received → finished).
 * Ends with one summary line. Needs PostgreSQL (TEST_DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { ENGINE_BENCH_OPTIONS, engineBenchArgs } from '../lib/bench-args.ts';
import { newChatVisitor } from '../lib/bench-events.ts';
import { startBenchStack } from '../lib/bench-stack.ts';
import { startMeasuredRun } from '../lib/engine-run.ts';
import { percentile, round } from '../lib/numbers.ts';
import { sendAtRate } from '../lib/send-at-rate.ts';
import { settleEvents } from '../lib/settle.ts';
import { writeResult } from '../lib/write-result.ts';

const { values } = parseArgs({
  options: {
    ...ENGINE_BENCH_OPTIONS,
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
  },
});
const args = engineBenchArgs(values);
const rate = Number(values.rate);
const seconds = Number(values.seconds);

const bench = await startBenchStack({ latencyMs: args.latencyMs, channels: ['web_chat'] });
try {
  const { simple, finish } = await startMeasuredRun(bench, args);
  const prefix = `sus-${Date.now().toString(36)}-`;
  const started = Date.now();
  const sent = await sendAtRate(bench.send, (n) => newChatVisitor(prefix, n), rate, seconds);
  // An event refused for good (not 202 after its resends) is never stored: do not wait for it.
  const settled = await settleEvents(bench.stack.pool, prefix, sent.sent - sent.rejected);
  const { costs, created, duplicates } = await finish(
    sent.sent,
    { Leads: sent.sent, Tasks: sent.sent },
    sent.sent - sent.rejected,
  );
  // Refused events were never processed: the rate counts those stored (all of them when none is refused).
  const processed = round((sent.sent - sent.rejected) / ((settled.lastFinishedAt - started) / 1000));
  const p = (q: number) => round(percentile(settled.seconds, q));
  await writeResult('sustained', {
    args,
    rate,
    seconds,
    sent,
    statuses: settled.statuses,
    costs,
    created,
    simple,
  });
  process.stdout.write(
    `  detail sent=${sent.sent} rejected=${sent.rejected} ${JSON.stringify(sent.rejectedBy)} send_seconds=${round(sent.seconds)} statuses=${JSON.stringify(settled.statuses)} calls=${JSON.stringify(costs.counts)} created=${JSON.stringify(created)}\n`,
  );
  if (simple) process.stdout.write(`${simple}\n`);
  process.stdout.write(
    `sustained zoho_latency_ms=${args.latencyMs} rate=${rate} processed_per_s=${processed} p50_s=${p(50)} ` +
      `p95_s=${p(95)} p99_s=${p(99)} calls_per_event=${costs.callsPerEvent} duplicates=${duplicates}\n`,
  );
} finally {
  await bench.stop();
}
// A CLI run ends here even if a library left a timer or socket behind.
process.exit(0);
