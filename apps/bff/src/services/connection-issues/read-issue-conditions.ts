import {
  type IssueKind,
  REPEATED_FAILURE_THRESHOLD,
  REPEATED_FAILURE_WINDOW_MINUTES,
} from '@cxc/shared/api/connection-issues';
import { type ExplainedText, explainedTextSchema } from '@cxc/shared/api/errors';
import type { Queryable } from '../../db/queryable.ts';
import { repeatedFailures } from '../../automation/store/event-stats.ts';
import { CREDIT_BUDGET_REACHED } from '../../automation/zoho-calls/credit-budget.ts';

/** A problem that holds right now; `code` is '' except for repeated failures (one issue per code). */
export interface IssueCondition {
  tenant_id: string;
  kind: IssueKind;
  code: string;
  details: Record<string, unknown>;
}

/**
 * Every tenant's problems as PostgreSQL shows them now: three grouped queries for all tenants at once, so
 * the check costs the same with one tenant or a thousand. Failures whose cause has its own issue (the
 * budget, a lost connection) are not counted again as repeated failures.
 */
export async function readIssueConditions(db: Queryable): Promise<IssueCondition[]> {
  const reconnect = await db.query<{ tenant_id: string }>(
    `select tenant_id from zoho_connections where status = 'needs_reconnect'`,
  );
  const budget = await db.query<{ tenant_id: string; budget: number; used: number }>(
    `with latest as (
       select distinct on (tenant_id) tenant_id,
              (document -> 'automation' ->> 'creditBudgetPer24h')::int as budget
         from settings_versions order by tenant_id, number desc)
     select l.tenant_id, l.budget, coalesce(sum(u.credits), 0)::int as used
       from latest l
       left join zoho_credit_usage u on u.tenant_id = l.tenant_id and u.bucket > now() - interval '24 hours'
      where l.budget is not null
      group by l.tenant_id, l.budget
     having coalesce(sum(u.credits), 0) >= l.budget`,
  );
  const failures = await repeatedFailures(db, {
    windowMinutes: REPEATED_FAILURE_WINDOW_MINUTES,
    threshold: REPEATED_FAILURE_THRESHOLD,
    excludedCodes: [CREDIT_BUDGET_REACHED, 'needs_reconnect', 'not_connected'],
  });
  return [
    ...reconnect.rows.map((row) => ({
      tenant_id: row.tenant_id,
      kind: 'needs_reconnect' as const,
      code: '',
      details: {},
    })),
    ...budget.rows.map((row) => ({
      tenant_id: row.tenant_id,
      kind: 'credit_budget_reached' as const,
      code: '',
      details: { used: row.used, budget: row.budget },
    })),
    ...failures.map((row) => ({
      tenant_id: row.tenant_id,
      kind: 'repeated_failures' as const,
      // Codes are ours or Zoho's; bounded so a strange one cannot bloat the row or the unique index.
      code: row.code.slice(0, 100),
      details: {
        failures: row.failures,
        message: (row.message ?? '').slice(0, 500),
        ...explainedDetail(row.detail),
      },
    })),
  ];
}

/** The stored key and values, when the event has them and they still read as one (older rows do not). */
function explainedDetail(stored: unknown): { detail?: ExplainedText } {
  const parsed = explainedTextSchema.safeParse(stored);
  return parsed.success ? { detail: parsed.data } : {};
}
