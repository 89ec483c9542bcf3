/**
 * Exponential backoff with full jitter (AWS's "full jitter"): a random delay in [base·2^n / 2, base·2^n],
 * capped. Jitter spreads many callers that failed together (a 429 burst) so they do not retry in lockstep.
 */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  random: () => number = Math.random,
  capMs = 30_000,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
