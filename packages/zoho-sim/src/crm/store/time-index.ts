/** Entries per chunk after a split; a chunk splits when it doubles, so an insert moves at most ~1,000 numbers. */
const HALF = 512;

interface Chunk {
  times: number[];
  seqs: number[];
}

const before = (t1: number, s1: number, t2: number, s2: number) => t1 < t2 || (t1 === t2 && s1 < s2);

/**
 * Records ordered by (time, sequence number), as Zoho answers `sort_by=Modified_Time` and
 * If-Modified-Since from an index: a poll of a million-record org reads the few records changed since,
 * not every record. Sorted chunks keep an insert or a removal at a binary search plus a short splice.
 */
export class TimeIndex {
  private chunks: Chunk[] = [];

  add(time: number, seq: number): void {
    let c = this.chunks[this.chunkFor(time, seq)];
    if (!c) {
      c = { times: [], seqs: [] };
      this.chunks.push(c);
    }
    const i = lowerBound(c, time, seq);
    c.times.splice(i, 0, time);
    c.seqs.splice(i, 0, seq);
    if (c.times.length >= 2 * HALF) {
      const at = this.chunks.indexOf(c);
      this.chunks.splice(at + 1, 0, { times: c.times.splice(HALF), seqs: c.seqs.splice(HALF) });
    }
  }

  remove(time: number, seq: number): void {
    const at = this.chunkFor(time, seq);
    const c = this.chunks[at];
    if (!c) return;
    const i = lowerBound(c, time, seq);
    if (c.times[i] !== time || c.seqs[i] !== seq) return;
    c.times.splice(i, 1);
    c.seqs.splice(i, 1);
    if (c.times.length === 0) this.chunks.splice(at, 1);
  }

  /** Sequence numbers of entries at or after `since`, oldest first (ties by sequence number). */
  *from(since = Number.NEGATIVE_INFINITY): IterableIterator<number> {
    let at = this.chunkFor(since, Number.NEGATIVE_INFINITY);
    const first = this.chunks[at];
    let i = first ? lowerBound(first, since, Number.NEGATIVE_INFINITY) : 0;
    for (; at < this.chunks.length; at += 1, i = 0) {
      const c = this.chunks[at] as Chunk;
      for (; i < c.seqs.length; i += 1) yield c.seqs[i] as number;
    }
  }

  /** The last chunk whose first entry is not after (time, seq); the first chunk when none is. */
  private chunkFor(time: number, seq: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const c = this.chunks[mid] as Chunk;
      if (before(time, seq, c.times[0] as number, c.seqs[0] as number)) hi = mid - 1;
      else lo = mid;
    }
    return Math.max(0, lo);
  }
}

/** The first position in the chunk whose entry is not before (time, seq). */
function lowerBound(c: Chunk, time: number, seq: number): number {
  let lo = 0;
  let hi = c.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(c.times[mid] as number, c.seqs[mid] as number, time, seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
