import type { Dc } from '../core/dcs.ts';
import type { CrmFaultView } from '../core/types.ts';
import { type FaultInput, type FaultSettings, NO_FAULTS } from './fault-settings.ts';
import { seededRandom } from './rng.ts';

export type HostKind = 'accounts' | 'api';
export type InjectedFailure = 500 | 429 | 503 | 'reset';

export interface FaultDecision {
  latencyMs: number;
  answerDelayMs?: number;
  failure?: InjectedFailure;
}

export interface FaultController {
  settings(): FaultSettings;
  update(input: FaultInput): FaultSettings;
  clear(): void;
  crmView(): CrmFaultView;
  decide(host: HostKind, dc: Dc): FaultDecision;
  /** True while a `down_for_ms` outage lasts (see down-gate.ts). */
  isDown(): boolean;
  /** Called when an outage starts, so open sockets can be cut at once. */
  onDown(listener: () => void): void;
}

const RNG_SEED = 0x5eed;

/** `baseline`: what "no faults" means for this simulator (e.g. a search-index lag that stays on). */
export function createFaultController(baseline: Partial<FaultSettings> = {}): FaultController {
  const calm: FaultSettings = { ...NO_FAULTS, ...baseline };
  let current: FaultSettings = { ...calm };
  let random = seededRandom(RNG_SEED);
  // Real time on purpose: an outage is about sockets, and the simulator clock jumps when tests advance it.
  let downUntil = 0;
  const downListeners: (() => void)[] = [];
  const isDown = () => Date.now() < downUntil;
  const settings = (): FaultSettings => ({
    ...current,
    down_until: isDown() ? new Date(downUntil).toISOString() : null,
  });
  return {
    settings,
    update({ down_for_ms: downForMs, ...input }) {
      const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      current = { ...current, ...defined };
      // Re-seeding on every change makes "set a rate, then make N calls" reproducible.
      random = seededRandom(RNG_SEED);
      if (downForMs !== undefined) {
        downUntil = downForMs > 0 ? Date.now() + downForMs : 0;
        if (downForMs > 0) for (const listener of downListeners) listener();
      }
      return settings();
    },
    clear() {
      current = { ...calm };
      random = seededRandom(RNG_SEED);
      downUntil = 0;
    },
    isDown,
    onDown(listener) {
      downListeners.push(listener);
    },
    crmView: () => ({ searchIndexDelaySeconds: current.search_index_delay_seconds }),
    decide(host, dc) {
      if (
        (current.target !== 'all' && current.target !== host) ||
        (current.dc !== null && current.dc !== dc)
      ) {
        return { latencyMs: 0 };
      }
      const latencyMs = current.latency_ms;
      if (current.outage) return { latencyMs, failure: current.outage_mode === 'reset' ? 'reset' : 503 };
      if (current.fail_next > 0) {
        current.fail_next -= 1;
        return { latencyMs, failure: current.fail_next_status };
      }
      if (current.error_rate_429 > 0 && random() < current.error_rate_429) return { latencyMs, failure: 429 };
      if (current.error_rate_500 > 0 && random() < current.error_rate_500) return { latencyMs, failure: 500 };
      return current.answer_delay_ms > 0
        ? { latencyMs, answerDelayMs: current.answer_delay_ms }
        : { latencyMs };
    },
  };
}
