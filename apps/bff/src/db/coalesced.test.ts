import { describe, expect, it } from 'vitest';
import { coalesced, coalescedCalls } from './coalesced.ts';

describe('coalescedCalls', () => {
  it('sends items added together in one call and gives each caller its own answer', async () => {
    const calls: number[][] = [];
    const double = coalescedCalls((items: number[]) => {
      calls.push(items);
      return Promise.resolve(items.map((n) => n * 2));
    });
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('sends what arrives during a call with the next one, and settles only then', async () => {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const send = coalesced(async (items: string[]) => {
      calls.push(items);
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = send('a');
    await new Promise((resolve) => setImmediate(resolve));
    const later = [send('b'), send('c')];
    let laterDone = false;
    void Promise.all(later).then(() => (laterDone = true));
    release();
    await first;
    await Promise.all(later);
    expect(laterDone).toBe(true);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });

  it('rejects every caller of a failed call, and the next call still goes', async () => {
    let fail = true;
    const send = coalesced(() => (fail ? Promise.reject(new Error('down')) : Promise.resolve()));
    await expect(Promise.all([send(1), send(2)])).rejects.toThrow('down');
    fail = false;
    await expect(send(3)).resolves.toBeUndefined();
  });
});
