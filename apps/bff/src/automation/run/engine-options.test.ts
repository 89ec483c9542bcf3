import { describe, expect, it } from 'vitest';
import { givesUp, retryDelayMs } from './engine-options.ts';

describe('retryDelayMs', () => {
  const options = { retryBaseMs: 1_000, retryMaxMs: 60_000 };
  it('doubles per attempt, with up to half of it random', () => {
    for (const [attempt, ceiling] of [
      [1, 1_000],
      [2, 2_000],
      [5, 16_000],
    ] as const) {
      const delay = retryDelayMs(attempt, options);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never exceeds the maximum', () => {
    expect(retryDelayMs(30, options)).toBeLessThanOrEqual(60_000);
  });
});

describe('givesUp', () => {
  const options = { maxAttempts: 3, giveUpAfterMs: 60_000 };
  const receivedAt = new Date('2026-01-01T00:00:00Z');
  const at = (ms: number) => new Date(receivedAt.getTime() + ms);

  it('ends an unexplained failure after maxAttempts, whatever its age', () => {
    expect(givesUp({ internal: true, attempt: 2, receivedAt, now: at(1_000) }, options)).toBe(false);
    expect(givesUp({ internal: true, attempt: 3, receivedAt, now: at(1_000) }, options)).toBe(true);
  });

  it("keeps retrying Zoho's transient failures until the event is too old, however many attempts", () => {
    expect(givesUp({ internal: false, attempt: 50, receivedAt, now: at(59_999) }, options)).toBe(false);
    expect(givesUp({ internal: false, attempt: 4, receivedAt, now: at(60_000) }, options)).toBe(true);
  });
});
