import type { ActivityError } from '@cxc/shared/api/activity';
import type { Queryable } from '../../db/queryable.ts';
import { creditsUsed24h } from '../../zoho/credits.ts';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';

export const CREDIT_BUDGET_REACHED = 'credit_budget_reached';

/** How long a tenant's verdict is reused: a burst of events costs two queries, not two per event. */
const RECHECK_MS = 5_000;
/** Credits free up as minutes leave the 24-hour window; waiting events look again this often. */
export const BUDGET_WAIT_MS = 5 * 60_000;

export type BudgetVerdict = { pass: true } | { pass: false; error: ActivityError; retryAt: Date };

/**
 * The tenant's own cap on the Zoho credits the connector spends in 24 hours (settings → Limits). Once
 * reached, automatic mode waits (the agent panel and console keep working: their calls are the ones a
 * person is waiting for). Events are never dropped for it. Calls already under way when the cap is
 * reached still finish, so the cap can be passed by a few seconds' worth of calls.
 */
export class CreditBudget {
  private readonly verdicts = new Map<string, { at: number; verdict: BudgetVerdict }>();

  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  async check(tenantId: string): Promise<BudgetVerdict> {
    const cached = this.verdicts.get(tenantId);
    if (cached && this.now() - cached.at < RECHECK_MS) return this.fresh(cached.verdict);
    const verdict = await this.evaluate(tenantId);
    this.verdicts.set(tenantId, { at: this.now(), verdict });
    return verdict;
  }

  /** A cached refusal keeps its explanation but never sends an event back to the past. */
  private fresh(verdict: BudgetVerdict): BudgetVerdict {
    if (verdict.pass || verdict.retryAt.getTime() > this.now()) return verdict;
    return { ...verdict, retryAt: new Date(this.now() + BUDGET_WAIT_MS) };
  }

  private async evaluate(tenantId: string): Promise<BudgetVerdict> {
    const { settings } = await getCurrentSettings(this.db, tenantId);
    const budget = settings.automation.creditBudgetPer24h;
    if (budget === undefined) return { pass: true };
    const used = await creditsUsed24h(this.db, tenantId);
    if (used < budget) return { pass: true };
    return {
      pass: false,
      retryAt: new Date(this.now() + BUDGET_WAIT_MS),
      error: {
        code: CREDIT_BUDGET_REACHED,
        detail: { key: 'credit_budget', params: { used: String(used), budget: String(budget) } },
        message: `The connector has used ${used} Zoho credits in the last 24 hours; this tenant's limit for automatic mode is ${budget}. The event waits and runs when credits free up, or raise the limit in the settings (Limits).`,
        module: null,
        field: null,
        step: null,
      },
    };
  }
}
