/** Timing and sizing of the engine. Injectable so drills run in seconds instead of minutes. */
export interface EngineOptions {
  /** First retry delay after a transient failure; doubles per attempt, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts before an unexplained (internal) failure becomes `failed`. */
  maxAttempts: number;
  /**
   * Zoho being unreachable, overloaded or rate-limiting is not the event's fault: such failures do not
   * count against maxAttempts, and the event keeps retrying until it is this old.
   */
  giveUpAfterMs: number;
  /** How often due retries, lost notifications and crashed runs are picked up again. */
  sweepIntervalMs: number;
  /** Conversations worked on at once by this process (they share one lock session and batch their writes). */
  workers: number;
  /** Records per Zoho write call (Zoho's maximum is 100). */
  batchMaxRecords: number;
  /**
   * How long a lookup or write waits for others of the same module to share its call. A few hundred
   * milliseconds: an event passes two or three windows (identify, write the person, write the activity),
   * well inside the second it may take, and at 30 events/s each call then carries several events.
   */
  batchWindowMs: number;
  /** Zoho calls left free per org (for the console) under the edition's concurrency limit. */
  orgHeadroom: number;
  /** Runs customer data sync (the mirror's import and polling) in this process; tests that count Zoho calls turn it off. */
  mirrorSync: boolean;
  /** The connection watch's round (issues, due webhook deliveries); tests lengthen it to prove the nudges. */
  connectionWatchIntervalMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  retryBaseMs: 2_000,
  retryMaxMs: 300_000,
  maxAttempts: 12,
  giveUpAfterMs: 24 * 3600_000,
  sweepIntervalMs: 5_000,
  workers: 32,
  batchMaxRecords: 100,
  batchWindowMs: 250,
  orgHeadroom: 2,
  mirrorSync: true,
  connectionWatchIntervalMs: 30_000,
};

/** Exponential backoff with "equal jitter": half fixed, half random, so retries of a burst spread out. */
export function retryDelayMs(
  attempt: number,
  options: Pick<EngineOptions, 'retryBaseMs' | 'retryMaxMs'>,
): number {
  const ceiling = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * Whether a retryable failure ends the event: an unexplained one (possibly ours) after maxAttempts; one
 * of Zoho's transient ones (unreachable, 5xx, 429) only once the event is older than giveUpAfterMs.
 */
export function givesUp(
  failure: { internal: boolean; attempt: number; receivedAt: Date; now?: Date },
  options: Pick<EngineOptions, 'maxAttempts' | 'giveUpAfterMs'>,
): boolean {
  if (failure.internal) return failure.attempt >= options.maxAttempts;
  const age = (failure.now ?? new Date()).getTime() - failure.receivedAt.getTime();
  return age >= options.giveUpAfterMs;
}
