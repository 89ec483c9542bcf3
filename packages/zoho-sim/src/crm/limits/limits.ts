import type { SimOrg } from '../../core/types.ts';
import { CreditLedger } from './credit-ledger.ts';
import { concurrencyLimit, creditLimit, SUB_CONCURRENCY } from './edition-limits.ts';

/** Per-org overrides tests set through `crm.setLimits` (null restores the edition default). */
export interface LimitOverrides {
  credits?: number | null;
  concurrency?: number | null;
  subConcurrency?: number | null;
}

export interface LimitStatus {
  creditLimit: number;
  creditsUsed: number;
  concurrencyLimit: number;
  subConcurrencyLimit: number;
  inFlight: number;
  complexInFlight: number;
}

/** Credits and concurrency per org. Counters live here; the HTTP side is limits-middleware.ts. */
export class Limits {
  private readonly ledgers = new Map<string, CreditLedger>();
  private readonly overrides = new Map<string, LimitOverrides>();
  private readonly inFlight = new Map<string, number>();
  private readonly complexInFlight = new Map<string, number>();

  set(orgId: string, o: LimitOverrides): void {
    this.overrides.set(orgId, { ...this.overrides.get(orgId), ...o });
  }

  reset(): void {
    this.ledgers.clear();
    this.overrides.clear();
  }

  status(org: SimOrg, users: number, now: number): LimitStatus {
    const o = this.overrides.get(org.id) ?? {};
    return {
      creditLimit: o.credits ?? creditLimit(org.edition, users),
      creditsUsed: this.ledger(org.id).used(now),
      concurrencyLimit: o.concurrency ?? concurrencyLimit(org.edition),
      subConcurrencyLimit: o.subConcurrency ?? SUB_CONCURRENCY,
      inFlight: this.inFlight.get(org.id) ?? 0,
      complexInFlight: this.complexInFlight.get(org.id) ?? 0,
    };
  }

  /** Whether another complex call fits under the org's sub-concurrency limit. */
  complexSlotFree(orgId: string): boolean {
    const limit = this.overrides.get(orgId)?.subConcurrency ?? SUB_CONCURRENCY;
    return (this.complexInFlight.get(orgId) ?? 0) < limit;
  }

  charge(orgId: string, now: number, credits: number): void {
    this.ledger(orgId).charge(now, credits);
  }

  /** Counts a call in flight; returns the release function. */
  enter(orgId: string, complex: boolean): () => void {
    const map = complex ? this.complexInFlight : this.inFlight;
    map.set(orgId, (map.get(orgId) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      map.set(orgId, Math.max(0, (map.get(orgId) ?? 1) - 1));
    };
  }

  private ledger(orgId: string): CreditLedger {
    let l = this.ledgers.get(orgId);
    if (!l) {
      l = new CreditLedger();
      this.ledgers.set(orgId, l);
    }
    return l;
  }
}
