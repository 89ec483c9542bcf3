import type { Edition } from '../../core/types.ts';

/**
 * Credits per rolling 24 h (base + users × per-user, capped) and in-flight calls per org
 * (https://www.zoho.com/crm/developer/docs/api/v2/api-limits.html).
 */
const TABLE: Record<Edition, { base: number; perUser: number; cap: number; concurrency: number }> = {
  Free: { base: 5_000, perUser: 0, cap: 5_000, concurrency: 5 },
  Standard: { base: 50_000, perUser: 250, cap: 100_000, concurrency: 10 },
  Professional: { base: 50_000, perUser: 500, cap: 3_000_000, concurrency: 15 },
  Enterprise: { base: 50_000, perUser: 1_000, cap: 5_000_000, concurrency: 20 },
  Ultimate: { base: 50_000, perUser: 2_000, cap: Number.POSITIVE_INFINITY, concurrency: 25 },
};

/** Zoho's sub-concurrency for "complex" APIs (COQL, search, big batch writes, sorted lists), every edition. */
export const SUB_CONCURRENCY = 10;

export function creditLimit(edition: Edition, users: number): number {
  const t = TABLE[edition];
  return Math.min(t.cap, t.base + users * t.perUser);
}

export function concurrencyLimit(edition: Edition): number {
  return TABLE[edition].concurrency;
}
