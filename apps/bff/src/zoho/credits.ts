import type { Queryable } from '../db/queryable.ts';
import type { ZohoDeps } from '../app-deps.ts';

/** Counts credits per tenant and minute. A failure to count is logged, never fails the Zoho call. */
export async function recordCredits(
  deps: Pick<ZohoDeps, 'pool' | 'logger'>,
  tenantId: string,
  credits: number,
): Promise<void> {
  if (credits <= 0) return;
  try {
    // Buckets older than the window are useless: each write also drops the tenant's expired ones.
    await deps.pool.query(
      `with expired as (delete from zoho_credit_usage where tenant_id = $1 and bucket < now() - interval '25 hours')
       insert into zoho_credit_usage (tenant_id, bucket, credits) values ($1, date_trunc('minute', now()), $2)
       on conflict (tenant_id, bucket) do update set credits = zoho_credit_usage.credits + excluded.credits`,
      [tenantId, credits],
    );
  } catch (error) {
    deps.logger.warn({ err: error, tenantId }, 'could not count Zoho credits');
  }
}

export async function creditsUsed24h(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ total: number }>(
    `select coalesce(sum(credits), 0)::int as total from zoho_credit_usage
      where tenant_id = $1 and bucket > now() - interval '24 hours'`,
    [tenantId],
  );
  return rows[0]?.total ?? 0;
}

/**
 * COQL costs by LIMIT: 1–200 → 1, 201–1000 → 2, 1001–2000 → 3
 * (https://www.zoho.com/crm/developer/docs/api/v7/COQL-Limitations.html); default LIMIT 200.
 */
export function coqlCredits(selectQuery: string): number {
  const match = /\blimit\s+(?:\d+\s*,\s*)?(\d+)/i.exec(selectQuery);
  const limit = match ? Number(match[1]) : 200;
  return limit <= 200 ? 1 : limit <= 1000 ? 2 : 3;
}
