import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving-focus';

describe('rovingTarget', () => {
  it('steps along the orientation and wraps at both ends', () => {
    expect(rovingTarget('ArrowRight', 1, 3, 'horizontal')).toBe(2);
    expect(rovingTarget('ArrowRight', 2, 3, 'horizontal')).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 3, 'horizontal')).toBe(2);
    expect(rovingTarget('ArrowDown', 2, 3, 'vertical')).toBe(0);
    expect(rovingTarget('ArrowUp', 1, 3, 'vertical')).toBe(0);
  });

  it('jumps with Home and End', () => {
    expect([rovingTarget('Home', 2, 4, 'vertical'), rovingTarget('End', 0, 4, 'horizontal')]).toEqual([0, 3]);
  });

  it('leaves other keys, and the other orientation’s arrows, alone', () => {
    expect(rovingTarget('ArrowDown', 0, 3, 'horizontal')).toBeUndefined();
    expect(rovingTarget('ArrowLeft', 1, 3, 'vertical')).toBeUndefined();
    expect(rovingTarget('Enter', 1, 3, 'vertical')).toBeUndefined();
  });
});
