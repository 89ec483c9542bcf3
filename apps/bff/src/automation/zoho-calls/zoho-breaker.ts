import type { ActivityError } from '@cxc/shared/api/activity';

interface State {
  failures: number;
  openUntil: number;
  probing: boolean;
  error: ActivityError;
}

export type BreakerDecision =
  | { pass: true }
  /** Do not call Zoho now: reschedule the event for `retryAt`, keeping `error` as its reason. */
  | { pass: false; retryAt: Date; error: ActivityError };

/**
 * One per engine process, keyed by tenant: after an attempt fails because Zoho is unreachable, overloaded
 * or rate-limiting, the tenant's other events stop calling Zoho until a backoff has passed; then one event
 * probes. A success (or any answer that is not transient) closes it again. Without it, every event of a
 * 20-event backlog retried on its own and a two-minute outage cost ten thousand dead calls.
 */
export class ZohoBreaker {
  private readonly states = new Map<string, State>();

  constructor(
    private readonly backoff: { baseMs: number; maxMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  check(tenantId: string): BreakerDecision {
    const state = this.states.get(tenantId);
    if (!state) return { pass: true };
    const now = this.now();
    if (now < state.openUntil) return { pass: false, retryAt: new Date(state.openUntil), error: state.error };
    if (!state.probing) {
      state.probing = true;
      return { pass: true };
    }
    // A probe is in flight: look again shortly (it may take a full client timeout).
    return { pass: false, retryAt: new Date(now + Math.min(1_000, this.backoff.maxMs)), error: state.error };
  }

  /** A transient failure: (re)open with exponential backoff and jitter. */
  trip(tenantId: string, error: ActivityError): void {
    const failures = (this.states.get(tenantId)?.failures ?? 0) + 1;
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** (failures - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.states.set(tenantId, { failures, openUntil: this.now() + delay, probing: false, error });
  }

  /** Tenants whose breaker is not closed, for the metrics (`cxc_zoho_breaker_state`). */
  snapshot(): Map<string, 'open' | 'probing'> {
    const now = this.now();
    return new Map(
      [...this.states].map(([tenantId, state]) => [tenantId, now < state.openUntil ? 'open' : 'probing']),
    );
  }

  /** Zoho answered (success or a permanent refusal): calls flow again. */
  close(tenantId: string): void {
    this.states.delete(tenantId);
  }
}
