import { lazySigningKeys } from '../accounts/id-token.ts';
import { createPendingAuthStore } from '../accounts/pending-auth.ts';
import { createRequestLog } from '../control/request-log.ts';
import { createLatencyControl, type LatencySettings } from '../latency/latency.ts';
import { createCrm } from '../crm/create-crm.ts';
import { createFaultController } from '../faults/fault-controller.ts';
import { applySeed } from '../seed/apply-seed.ts';
import { createClock } from '../store/clock.ts';
import { createIdentityApi } from '../store/identity-api.ts';
import { DEFAULT_LIMITS, type SimLimits } from '../store/limits.ts';
import { emptyState } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { SimContext } from './sim-context.ts';

export interface ContextOptions {
  seed: string;
  baseUrl: () => string;
  limits?: Partial<SimLimits>;
  /** Zoho's search index lags behind writes; this lag stays on through fault resets (default 0). */
  searchIndexDelaySeconds?: number;
  /** Held on every answer (default 0 ms); see src/latency/latency.ts. */
  latency?: Partial<LatencySettings>;
}

export function createSimContext(options: ContextOptions): SimContext {
  const clock = createClock();
  const store: Store = {
    state: emptyState(options.seed, [], []),
    clock,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
  applySeed(store, options.seed);
  const faults = createFaultController({
    search_index_delay_seconds: options.searchIndexDelaySeconds ?? 0,
  });
  const log = createRequestLog();
  const latency = createLatencyControl(options.latency);
  const pending = createPendingAuthStore();
  const identity = createIdentityApi(store);
  const crm = createCrm({ identity, clock, faults: () => faults.crmView(), baseUrl: options.baseUrl });
  crm.reset(options.seed, store.state.orgs);
  return {
    store,
    clock,
    faults,
    log,
    latency,
    pending,
    keys: lazySigningKeys(),
    identity,
    crm,
    baseUrl: options.baseUrl,
    reset(seed) {
      applySeed(store, seed);
      clock.setOffsetSeconds(0);
      faults.clear();
      log.clear();
      pending.clear();
      crm.reset(seed, store.state.orgs);
    },
  };
}
