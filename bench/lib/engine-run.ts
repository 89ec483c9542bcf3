import { startEngine, type RunningEngine } from '../../apps/bff/src/automation/queue/start-engine.ts';
import { databaseUrlOf } from '../../apps/bff/test/engine-helpers.ts';
import type { EngineBenchArgs } from './bench-args.ts';
import { type BenchStack, createdBetween, duplicatesOf } from './bench-stack.ts';
import { countCalls, type LoggedCall } from './classify-calls.ts';
import { compareSimple } from './compare-simple.ts';
import { countSql, type SqlCounter } from '../../apps/bff/test/count-sql.ts';
import { round } from './numbers.ts';

/** The engine with the product's defaults (workers only when the bench was told). */
export async function startBenchEngine(bench: BenchStack, args: EngineBenchArgs): Promise<RunningEngine> {
  return startEngine(bench.stack.deps, databaseUrlOf(bench.stack), {
    ...(args.workers === undefined ? {} : { workers: args.workers }),
    ...(args.batchWindowMs === undefined ? {} : { batchWindowMs: args.batchWindowMs }),
  });
}

/** Zoho calls per event, split by what they were for, and records per write call. */
export async function callCosts(bench: BenchStack, calls: readonly LoggedCall[], events: number) {
  const counts = countCalls(calls);
  const { rows } = await bench.stack.pool.query<{ n: string }>(
    `select count(*) as n from event_operations where status = 'done' and kind in ('create', 'update')`,
  );
  const total = counts.lookup + counts.write + counts.metadata + counts.other;
  return {
    counts,
    callsPerEvent: round(total / events, 3),
    lookupPerEvent: round(counts.lookup / events, 3),
    writePerEvent: round(counts.write / events, 3),
    metadataPerEvent: round(counts.metadata / events, 3),
    recordsPerWrite: round(Number(rows[0]?.n ?? 0) / Math.max(1, counts.write)),
  };
}

/**
 * A measured engine run: the simple connector's comparison first (when asked), then the record counts and
 * Zoho's call log from here on, then the engine, so what is counted is the engine's work alone. `finish`
 * (once the events are settled) stops the engine and says what the run cost and wrote: `expected` records
 * per module, anything beyond them is a duplicate.
 */
export async function startMeasuredRun(bench: BenchStack, args: EngineBenchArgs) {
  const simple = await compareSimple(bench, args);
  const before = await bench.recordCounts();
  const calls = await bench.watchCalls();
  const sql = args.countSql ? countSql() : undefined;
  const engine = await startBenchEngine(bench, args);
  return {
    simple,
    /** `stored`: the events PostgreSQL holds (sent minus those refused for good), for statements per event. */
    finish: async (events: number, expected: Record<string, number>, stored = events) => {
      await engine.stop();
      if (sql) printSql(sql, stored);
      const logged = await calls.all();
      const costs = await callCosts(bench, logged, events);
      const created = createdBetween(before, await bench.recordCounts());
      return { costs, created, duplicates: duplicatesOf(created, expected), calls: logged };
    },
  };
}

/** The statements of the run (intake, engine and queue) per event, the largest kinds first. */
function printSql(sql: SqlCounter, events: number): void {
  const { total, perEvent, kinds } = sql.report(events);
  const lines = kinds.slice(0, 40).map(([kind, n]) => `  sql ${n.toFixed(3).padStart(7)}  ${kind}`);
  process.stdout.write(`${lines.join('\n')}\n  sql_statements=${total} sql_per_event=${perEvent}\n`);
}
