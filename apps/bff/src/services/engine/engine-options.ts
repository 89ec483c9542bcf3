/** Timing and sizing of the engine. Injectable so drills run in seconds instead of minutes. */
export interface EngineOptions {
  /** First retry delay after a transient failure; doubles per attempt, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts before a transient failure becomes `failed`. */
  maxAttempts: number;
  /** How often due retries, lost notifications and crashed runs are picked up again. */
  sweepIntervalMs: number;
  /** Conversations worked on at once by this process. */
  workers: number;
  /** Zoho calls left free per org (for the console) under the edition's concurrency limit. */
  orgHeadroom: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  retryBaseMs: 2_000,
  retryMaxMs: 300_000,
  maxAttempts: 12,
  sweepIntervalMs: 5_000,
  workers: 4,
  orgHeadroom: 2,
};

/** Exponential backoff with "equal jitter": half fixed, half random, so retries of a burst spread out. */
export function retryDelayMs(
  attempt: number,
  options: Pick<EngineOptions, 'retryBaseMs' | 'retryMaxMs'>,
): number {
  const ceiling = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
