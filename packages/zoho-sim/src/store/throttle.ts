import type { RefreshTokenRecord } from './state.ts';
import type { Store } from './store.ts';

/**
 * "Using a refresh token, your app can create up to ten access tokens in a span of ten minutes. If the
 * limit is reached, the access token creation will be blocked for the rest of the ten minutes" (Accounts
 * token-limits page). Sliding window over refresh grants; a throttled attempt is not counted.
 */
export function tryRecordMint(store: Store, record: RefreshTokenRecord): boolean {
  const now = store.clock.now();
  const windowStart = now - store.limits.refreshMintWindowSeconds * 1000;
  record.mints = record.mints.filter((at) => at > windowStart);
  if (record.mints.length >= store.limits.refreshMintsPerWindow) return false;
  record.mints.push(now);
  return true;
}
