import type { Router } from 'express';
import type { ControlledClock } from '../store/clock.ts';
import type { IdentityApi, SimCrm } from '../core/types.ts';
import type { FaultController } from '../faults/fault-controller.ts';
import type { RequestLog } from '../control/request-log.ts';
import type { PendingAuthStore } from '../accounts/pending-auth.ts';
import type { SigningKeys } from '../accounts/id-token.ts';
import type { Store } from '../store/store.ts';
import type { LatencyControl } from '../latency/latency.ts';

/** Everything one simulator process holds; the HTTP layer only reads it through these parts. */
export interface SimContext {
  store: Store;
  clock: ControlledClock;
  faults: FaultController;
  log: RequestLog;
  /** Zoho's round trip (`/__sim/latency`); kept through resets and fault clears. */
  latency: LatencyControl;
  pending: PendingAuthStore;
  keys: () => SigningKeys;
  identity: IdentityApi;
  /** The CRM half; `controlRouter` (its own test controls) is mounted at `/__sim/crm` when present. */
  crm: SimCrm & { controlRouter?: Router };
  baseUrl: () => string;
  /** `POST /__sim/reset`: identity, CRM records, clock, faults, request log and pending sign-ins. */
  reset(seed: string): void;
}
