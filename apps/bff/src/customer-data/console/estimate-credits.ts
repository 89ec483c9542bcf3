import type { CreditEstimate, CustomerDataSettings } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';
import { PAGE_SIZE } from '../import/read-modified-page.ts';

/** Credits a day by edition without the per-user part (Zoho: 50,000 + users × n; Free 5,000): a floor. */
function dailyFloor(edition: string | undefined): number | null {
  if (!edition) return null;
  return /free/i.test(edition) ? 5_000 : 50_000;
}

/** Changed records a poll reads beyond its first page, as a share of the module a day (a guess: 2 %). */
const DAILY_CHANGE_SHARE = 0.02;

/**
 * What a setting costs. Each poll is one list call per module (304 when nothing changed, still one
 * credit) plus one `/deleted` call; changed records add a call per 200. The import reads each module
 * once, 200 records a call. Records counts come from the mirror when it has them.
 */
export async function estimateCredits(
  db: Queryable,
  tenantId: string,
  settings: CustomerDataSettings,
): Promise<CreditEstimate> {
  const { rows } = await db.query<{ module: string; n: number }>(
    `select module, count(*)::int as n from mirror_records where tenant_id = $1 and not deleted group by module`,
    [tenantId],
  );
  const counts = new Map(rows.map((r) => [r.module, r.n]));
  const connection = await db.query<{ edition: string | undefined }>(
    `select org->>'edition' as edition from zoho_connections where tenant_id = $1`,
    [tenantId],
  );
  const { settings: integration } = await getCurrentSettings(db, tenantId);
  const polls = settings.mode === 'live' ? 0 : Math.ceil(1440 / settings.intervalMinutes);
  let perDay = 0;
  let importCredits = 0;
  for (const module of settings.modules) {
    const records = counts.get(module) ?? 0;
    perDay += polls * 2 + Math.ceil((records * DAILY_CHANGE_SHARE) / PAGE_SIZE);
    importCredits += Math.max(1, Math.ceil(records / PAGE_SIZE));
  }
  return {
    creditsPerDay: perDay,
    dailyLimit: dailyFloor(connection.rows[0]?.edition),
    tenantBudget: integration.automation.creditBudgetPer24h ?? null,
    importCredits: settings.mode === 'live' ? 0 : importCredits,
  };
}
