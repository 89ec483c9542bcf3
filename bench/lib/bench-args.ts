import { DEFAULT_ZOHO_LATENCY_MS } from './zoho-latency.ts';

/** The options every engine bench takes (node:util parseArgs descriptors). */
export const ENGINE_BENCH_OPTIONS = {
  'zoho-latency-ms': { type: 'string', default: String(DEFAULT_ZOHO_LATENCY_MS) },
  /** Engine workers; unset = the product's default (the benches measure the default configuration). */
  workers: { type: 'string' },
  /** The engine's batching window; unset = the product's default (A/B runs of the window compare in one build). */
  'batch-window-ms': { type: 'string' },
  /** Also measure the simple per-event SDK connector in the same run (its line comes before ours). */
  'compare-simple': { type: 'boolean', default: false },
  'simple-events': { type: 'string', default: '1000' },
  /** Workers of the simple connector, each measured (the best is reported): 8 to 32, as such pools run. */
  'simple-parallel': { type: 'string', default: '8,32' },
  /** Prints PostgreSQL statements per event by kind (every client of the process, intake included). */
  'count-sql': { type: 'boolean', default: false },
} as const;

export interface EngineBenchArgs {
  latencyMs: number;
  workers: number | undefined;
  batchWindowMs: number | undefined;
  compareSimple: boolean;
  simpleEvents: number;
  simpleParallel: number[];
  countSql: boolean;
}

export function engineBenchArgs(values: {
  'zoho-latency-ms'?: string;
  workers?: string;
  'batch-window-ms'?: string;
  'compare-simple'?: boolean;
  'simple-events'?: string;
  'simple-parallel'?: string;
  'count-sql'?: boolean;
}): EngineBenchArgs {
  const latencyMs = Number(values['zoho-latency-ms'] ?? DEFAULT_ZOHO_LATENCY_MS);
  if (!Number.isInteger(latencyMs) || latencyMs < 0)
    throw new Error('--zoho-latency-ms takes whole milliseconds');
  return {
    latencyMs,
    workers: values.workers === undefined ? undefined : Number(values.workers),
    batchWindowMs: values['batch-window-ms'] === undefined ? undefined : Number(values['batch-window-ms']),
    compareSimple: values['compare-simple'] ?? false,
    simpleEvents: Number(values['simple-events'] ?? 1000),
    simpleParallel: (values['simple-parallel'] ?? '8,32')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    countSql: values['count-sql'] ?? false,
  };
}
