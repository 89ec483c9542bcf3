import type { SimClient } from './state.ts';
import type { Store } from './store.ts';

/**
 * Zoho caps how fast tokens are issued, each over a sliding 10-minute window (CRM v7/v8 token-validity,
 * Kaizen #43): grant codes per client, refresh tokens per user and client. A refused attempt is not
 * counted, so the cap lifts exactly when the oldest counted issue leaves the window.
 */
const windowStart = (store: Store) => store.clock.now() - store.limits.tokenIssueWindowSeconds * 1000;

/** Records one grant code for `client`; false (and nothing recorded) once the client is at its cap. */
export function tryRecordGrant(store: Store, client: SimClient): boolean {
  const since = windowStart(store);
  const recent = (client.grantsIssuedAt ?? []).filter((at) => at > since);
  if (recent.length >= store.limits.grantCodesPerClientPerWindow) {
    client.grantsIssuedAt = recent;
    return false;
  }
  client.grantsIssuedAt = [...recent, store.clock.now()];
  return true;
}

/**
 * Whether `userId` may obtain one more refresh token through `clientId` now. Counted from the refresh
 * tokens themselves (every status: a revoked or evicted token was still issued).
 */
export function mayIssueRefreshToken(store: Store, clientId: string, userId: string): boolean {
  const since = windowStart(store);
  let issued = 0;
  for (const rt of store.state.refreshTokens.values()) {
    if (rt.clientId === clientId && rt.userId === userId && rt.createdAt > since) issued += 1;
  }
  return issued < store.limits.refreshTokensIssuedPerWindow;
}
