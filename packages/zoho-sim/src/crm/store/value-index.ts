import { fnv1a } from './hash.ts';

/**
 * A compact multimap from a field value to record sequence numbers. Keys are 32-bit hashes (not the
 * strings) so a million-record org costs a few dozen bytes per entry; callers re-check candidates,
 * which also settles hash collisions.
 */
export class ValueIndex {
  private readonly map = new Map<number, number | number[]>();

  constructor(private readonly normalise: (value: string) => string) {}

  add(value: string, seq: number): void {
    const key = fnv1a(this.normalise(value));
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, seq);
    else if (typeof cur === 'number') this.map.set(key, cur === seq ? cur : [cur, seq]);
    else if (!cur.includes(seq)) cur.push(seq);
  }

  remove(value: string, seq: number): void {
    const key = fnv1a(this.normalise(value));
    const cur = this.map.get(key);
    if (cur === undefined) return;
    if (typeof cur === 'number') {
      if (cur === seq) this.map.delete(key);
      return;
    }
    const rest = cur.filter((s) => s !== seq);
    if (rest.length === 0) this.map.delete(key);
    else this.map.set(key, rest.length === 1 ? (rest[0] as number) : rest);
  }

  candidates(value: string): number[] {
    const cur = this.map.get(fnv1a(this.normalise(value)));
    if (cur === undefined) return [];
    return typeof cur === 'number' ? [cur] : [...cur];
  }

  clear(): void {
    this.map.clear();
  }
}
