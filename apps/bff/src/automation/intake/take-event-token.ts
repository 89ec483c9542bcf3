import type { Queryable } from '../../db/queryable.ts';

/** Tokens in the bucket now: what was left plus the refill since, capped at a minute's worth ($2). */
const AVAILABLE =
  'least($2::float8, b.tokens + greatest(0, extract(epoch from now() - b.refilled_at)) * $2::float8 / 60)';

export type TokenAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The tenant's token bucket for event intake: `perMinute` tokens at most (a minute's burst), refilled
 * continuously at `perMinute / 60` per second. One upsert decides and answers, and the row lock
 * serialises concurrent requests of every BFF process; PostgreSQL's clock is the only clock, so
 * processes with drifting clocks still share one budget. A refused request takes no token.
 */
export function takeEventToken(db: Queryable, tenantId: string, perMinute: number): Promise<TokenAnswer> {
  return takeToken(db, 'event_rate_limits', tenantId, perMinute);
}

/** The same bucket over another table of the same shape (the platform's customer list has its own budget). */
export async function takeToken(
  db: Queryable,
  table: 'event_rate_limits' | 'customer_api_rate_limits',
  tenantId: string,
  perMinute: number,
): Promise<TokenAnswer> {
  const { rows } = await db.query<{ allowed: boolean; tokens: number }>(
    `insert into ${table} as b (tenant_id, tokens, refilled_at, allowed)
     values ($1, $2::float8 - 1, now(), true)
     on conflict (tenant_id) do update set
       tokens = case when ${AVAILABLE} >= 1 then ${AVAILABLE} - 1 else ${AVAILABLE} end,
       refilled_at = now(),
       allowed = ${AVAILABLE} >= 1
     returning allowed, tokens`,
    [tenantId, perMinute],
  );
  const row = rows[0];
  if (!row || row.allowed) return { allowed: true };
  // Time until one whole token has been refilled.
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - row.tokens) * 60) / perMinute)) };
}
