import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFramed } from './is-framed';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isFramed', () => {
  it('is false in a top-level window', () => {
    expect(isFramed()).toBe(false);
  });

  it('is true inside a frame', () => {
    vi.spyOn(window, 'self', 'get').mockReturnValue({} as Window & typeof globalThis);
    expect(isFramed()).toBe(true);
  });
});
