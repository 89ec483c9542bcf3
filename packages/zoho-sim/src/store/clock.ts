import type { SimClock } from '../core/types.ts';

export interface ControlledClock extends SimClock {
  /** Seconds the simulator runs ahead of the wall clock (persisted in the state file). */
  offsetSeconds(): number;
  setOffsetSeconds(seconds: number): void;
}

/** Wall clock plus an offset that only moves forward via `POST /__sim/clock`. */
export function createClock(offsetSeconds = 0): ControlledClock {
  let offsetMs = offsetSeconds * 1000;
  return {
    now: () => Date.now() + offsetMs,
    advance: (seconds) => {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advance_seconds must be >= 0');
      offsetMs += seconds * 1000;
    },
    offsetSeconds: () => offsetMs / 1000,
    setOffsetSeconds: (seconds) => {
      offsetMs = seconds * 1000;
    },
  };
}
