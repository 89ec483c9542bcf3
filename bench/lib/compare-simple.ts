import { runSimple, type SimpleResult, simpleLine } from '../simple/run-simple.ts';
import type { EngineBenchArgs } from './bench-args.ts';
import type { BenchStack } from './bench-stack.ts';

/** Runs the simple connector first (alone on the machine) when asked; returns its summary line. */
export async function compareSimple(bench: BenchStack, args: EngineBenchArgs): Promise<string | undefined> {
  if (!args.compareSimple) return undefined;
  const results: SimpleResult[] = [];
  for (const parallel of args.simpleParallel) {
    const result = await runSimple(bench, args.simpleEvents, parallel);
    process.stdout.write(`  simple detail ${JSON.stringify(result)}\n`);
    results.push(result);
  }
  return simpleLine(args.latencyMs, results);
}
