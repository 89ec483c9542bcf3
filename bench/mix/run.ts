/**
 * A realistic mix against the automation engine and the Zoho simulator:
 *   pnpm bench:mix [--rate 30] [--seconds 60] [--zoho-latency-ms 150] [--workers n] [--compare-simple]
 *                  [--explain-duplicates] [--customer-data live|auto|cache]
 * 40 % new chat visitors with e-mail, 30 % returning visitors Acme's Zoho already has, 20 % phone-only
 * calls (half from known numbers) in mixed national and international spellings, 10 % new inbox
 * conversations; open loop at `rate` per second for `seconds`, engine with the product's defaults.
 * Ends with one summary line. Needs PostgreSQL (TEST_DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { ENGINE_BENCH_OPTIONS, engineBenchArgs } from '../lib/bench-args.ts';
import { startBenchStack } from '../lib/bench-stack.ts';
import { parseCustomerDataMode, useCustomerDataMode } from '../lib/customer-data-mode.ts';
import { startMeasuredRun } from '../lib/engine-run.ts';
import { percentile, round } from '../lib/numbers.ts';
import { sendAtRate } from '../lib/send-at-rate.ts';
import { settleEvents } from '../lib/settle.ts';
import { writeResult } from '../lib/write-result.ts';
import { callBreakdown } from './call-breakdown.ts';
import { explainDuplicates } from './explain-duplicates.ts';
import { knownPeople } from './known-people.ts';
import { expectedRecords, mixEvent } from './mix-events.ts';

const { values } = parseArgs({
  options: {
    ...ENGINE_BENCH_OPTIONS,
    rate: { type: 'string', default: '30' },
    seconds: { type: 'string', default: '60' },
    /** Also print which events made the Leads beyond those expected, and their identities' spellings. */
    'explain-duplicates': { type: 'boolean', default: false },
    /** Acme's customer-data mode: live (Zoho identifies), auto (the default) or cache (the mirror identifies). */
    'customer-data': { type: 'string', default: 'auto' },
  },
});
const args = engineBenchArgs(values);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const customerData = parseCustomerDataMode(values['customer-data']);

const bench = await startBenchStack({ latencyMs: args.latencyMs, channels: ['web_chat', 'inbox', 'calls'] });
try {
  const known = await knownPeople(bench);
  await useCustomerDataMode(bench, customerData);
  const { simple, finish } = await startMeasuredRun(bench, args);
  const stamp = Date.now();
  const prefix = `mix-${stamp.toString(36)}-`;
  const runDigits = String(stamp % 1000).padStart(3, '0');
  const sent = await sendAtRate(bench.send, (n) => mixEvent(prefix, runDigits, n, known), rate, seconds);
  // An event refused for good (not 202 after its resends) is never stored: do not wait for it.
  const settled = await settleEvents(bench.stack.pool, prefix, sent.sent - sent.rejected);
  const { costs, created, duplicates, calls } = await finish(sent.sent, expectedRecords(sent.sent));
  await writeResult('mix', {
    args,
    customerData,
    rate,
    seconds,
    sent,
    statuses: settled.statuses,
    costs,
    created,
    simple,
  });
  process.stdout.write(
    `  detail sent=${sent.sent} rejected=${sent.rejected} known=${known.length} statuses=${JSON.stringify(settled.statuses)} ` +
      `customer_data=${customerData} p50_s=${round(percentile(settled.seconds, 50))} calls=${JSON.stringify(costs.counts)} created=${JSON.stringify(created)} ` +
      `expected=${JSON.stringify(expectedRecords(sent.sent))}\n`,
  );
  for (const line of callBreakdown(calls, sent.sent)) process.stdout.write(`${line}\n`);
  if (values['explain-duplicates'])
    for (const line of await explainDuplicates(bench.stack.pool, prefix, runDigits, known))
      process.stdout.write(`  duplicate: ${line}\n`);
  if (simple) process.stdout.write(`${simple}\n`);
  process.stdout.write(
    `mix zoho_latency_ms=${args.latencyMs} rate=${rate} p95_s=${round(percentile(settled.seconds, 95))} ` +
      `calls_per_event=${costs.callsPerEvent} duplicates=${duplicates}\n`,
  );
} finally {
  await bench.stop();
}
// A CLI run ends here even if a library left a timer or socket behind.
process.exit(0);
