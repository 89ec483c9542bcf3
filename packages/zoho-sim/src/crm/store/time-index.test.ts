import { describe, expect, it } from 'vitest';
import { Rng } from '../seed/prng.ts';
import { TimeIndex } from './time-index.ts';

/** What the index must answer: every (time, seq) at or after `since`, by time then seq. */
function naive(entries: Map<number, number>, since: number): number[] {
  return [...entries]
    .filter(([, time]) => time >= since)
    .sort(([s1, t1], [s2, t2]) => t1 - t2 || s1 - s2)
    .map(([seq]) => seq);
}

describe('TimeIndex', () => {
  it('answers "modified since" in time order through thousands of random adds, moves and removals', () => {
    const rng = new Rng('time-index');
    const index = new TimeIndex();
    const times = new Map<number, number>();
    // Few distinct times, so ties (one mass update) are common and must order by seq.
    for (let seq = 1; seq <= 5_000; seq += 1) {
      const time = 1_000 + rng.int(400);
      times.set(seq, time);
      index.add(time, seq);
    }
    for (let step = 0; step < 3_000; step += 1) {
      const seq = 1 + rng.int(5_000);
      const old = times.get(seq);
      if (old !== undefined) index.remove(old, seq);
      if (step % 3 === 0) times.delete(seq);
      else {
        times.set(seq, 1_000 + rng.int(500));
        index.add(times.get(seq) as number, seq);
      }
    }
    for (const since of [Number.NEGATIVE_INFINITY, 900, 1_000, 1_250, 1_499, 1_500])
      expect([...index.from(since)]).toEqual(naive(times, since));
  });

  it('ignores removing what it does not hold, and empties cleanly', () => {
    const index = new TimeIndex();
    index.remove(5, 1);
    index.add(5, 1);
    index.add(5, 2);
    index.remove(5, 3);
    index.remove(6, 1);
    expect([...index.from()]).toEqual([1, 2]);
    index.remove(5, 1);
    index.remove(5, 2);
    expect([...index.from()]).toEqual([]);
    index.add(7, 9);
    expect([...index.from(7)]).toEqual([9]);
    expect([...index.from(8)]).toEqual([]);
  });
});
