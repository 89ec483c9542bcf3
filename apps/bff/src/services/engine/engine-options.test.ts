import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './engine-options.ts';

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
