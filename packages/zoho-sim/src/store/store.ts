import type { SimClock } from '../core/types.ts';
import type { SimLimits } from './limits.ts';
import type { IdentityState } from './state.ts';

/** The identity half's mutable world; `state` is replaced wholesale on reset and on state-file load. */
export interface Store {
  state: IdentityState;
  clock: SimClock;
  limits: SimLimits;
}
