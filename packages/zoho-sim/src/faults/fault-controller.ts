import type { Dc } from '../core/dcs.ts';
import type { CrmFaultView } from '../core/types.ts';
import { type FaultInput, type FaultSettings, NO_FAULTS } from './fault-settings.ts';
import { seededRandom } from './rng.ts';

export type HostKind = 'accounts' | 'api';
export type InjectedFailure = 500 | 429 | 503 | 'reset';

export interface FaultDecision {
  latencyMs: number;
  failure?: InjectedFailure;
}

export interface FaultController {
  settings(): FaultSettings;
  update(input: FaultInput): FaultSettings;
  clear(): void;
  crmView(): CrmFaultView;
  decide(host: HostKind, dc: Dc): FaultDecision;
}

const RNG_SEED = 0x5eed;

export function createFaultController(): FaultController {
  let current: FaultSettings = { ...NO_FAULTS };
  let random = seededRandom(RNG_SEED);
  return {
    settings: () => ({ ...current }),
    update(input) {
      const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      current = { ...current, ...defined };
      // Re-seeding on every change makes "set a rate, then make N calls" reproducible.
      random = seededRandom(RNG_SEED);
      return { ...current };
    },
    clear() {
      current = { ...NO_FAULTS };
      random = seededRandom(RNG_SEED);
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
      return { latencyMs };
    },
  };
}
