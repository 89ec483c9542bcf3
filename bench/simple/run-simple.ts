import type { BenchStack } from '../lib/bench-stack.ts';
import { createdBetween } from '../lib/bench-stack.ts';
import { countCalls } from '../lib/classify-calls.ts';
import { percentile, round } from '../lib/numbers.ts';
import { initSimpleConnector, recordVisitorSimply } from './simple-connector.ts';

export interface SimpleResult {
  parallel: number;
  events: number;
  processedPerSecond: number;
  p50: number;
  p95: number;
  callsPerEvent: number;
  errors: number;
  created: Record<string, number>;
}

let initialised = false;

/**
 * The simple way, measured in the bench's own run: `events` new chat visitors, each recorded by the
 * SDK connector with `parallel` of them in flight (a per-event connector's worker pool).
 */
export async function runSimple(bench: BenchStack, events: number, parallel: number): Promise<SimpleResult> {
  if (!initialised) await initSimpleConnector(bench.sim, 'zoho-admin@acme.example');
  initialised = true;
  const run = `${Date.now().toString(36)}-${parallel}`;
  const before = await bench.recordCounts();
  const calls = await bench.watchCalls();
  const seconds: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let n = next++; n < events; n = next++) {
      const at = performance.now();
      try {
        await recordVisitorSimply({ name: `Simple ${run} ${n}`, email: `simple.${run}.${n}@bench.example` });
        seconds.push((performance.now() - at) / 1000);
      } catch (error) {
        if (errors === 0) process.stderr.write(`simple connector: ${String(error)}\n`);
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  const wall = (performance.now() - started) / 1000;
  const counts = countCalls(await calls.all());
  const total = counts.lookup + counts.write + counts.metadata + counts.other;
  return {
    parallel,
    events,
    processedPerSecond: round((events - errors) / wall),
    p50: round(percentile(seconds, 50)),
    p95: round(percentile(seconds, 95)),
    callsPerEvent: round(total / events),
    errors,
    created: createdBetween(before, await bench.recordCounts()),
  };
}

/** The summary line of the best of the simple runs (most events per second). */
export function simpleLine(latencyMs: number, results: readonly SimpleResult[]): string {
  const best = [...results].sort((a, b) => b.processedPerSecond - a.processedPerSecond)[0];
  if (!best) return 'simple none';
  return (
    `simple zoho_latency_ms=${latencyMs} parallel=${best.parallel} processed_per_s=${best.processedPerSecond} ` +
    `p50_s=${best.p50} p95_s=${best.p95} calls_per_event=${best.callsPerEvent} errors=${best.errors}`
  );
}
