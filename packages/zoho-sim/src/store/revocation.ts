import type { RefreshTokenRecord } from './state.ts';
import type { Store } from './store.ts';

/** Ends a refresh token and, as Zoho documents, every access token minted from it. */
export function endRefreshToken(
  store: Store,
  record: RefreshTokenRecord,
  status: 'revoked' | 'evicted',
): void {
  if (record.status !== 'active') return;
  record.status = status;
  record.endedAt = store.clock.now();
  for (const at of store.state.accessTokens.values()) {
    if (at.refreshToken === record.token) at.revoked = true;
  }
}

/** Revokes a refresh or access token by value; false when the token is unknown or already dead. */
export function revokeToken(store: Store, token: string): boolean {
  const refresh = store.state.refreshTokens.get(token);
  if (refresh) {
    if (refresh.status !== 'active') return false;
    endRefreshToken(store, refresh, 'revoked');
    return true;
  }
  const access = store.state.accessTokens.get(token);
  if (!access || access.revoked || access.expiresAt <= store.clock.now()) return false;
  access.revoked = true;
  return true;
}

/** `POST /__sim/revoke-refresh-tokens {user_email}`: what "Revoke access" in Zoho's Sessions page does. */
export function revokeUserRefreshTokens(store: Store, userId: string, clientId?: string): number {
  let count = 0;
  for (const record of store.state.refreshTokens.values()) {
    if (record.userId !== userId || record.status !== 'active') continue;
    if (clientId !== undefined && record.clientId !== clientId) continue;
    endRefreshToken(store, record, 'revoked');
    count += 1;
  }
  return count;
}
