import { expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

it('doubles per attempt, stays within [half, full] of the ceiling, and respects the cap', () => {
  expect(backoffDelay(0, 100, () => 0)).toBe(50);
  expect(backoffDelay(0, 100, () => 1)).toBe(100);
  expect(backoffDelay(3, 100, () => 0)).toBe(400);
  expect(backoffDelay(3, 100, () => 1)).toBe(800);
  expect(backoffDelay(20, 100, () => 1, 5_000)).toBe(5_000);
});
