import type { Dc } from '../core/dcs.ts';
import { newZohoToken } from './ids.ts';
import { endRefreshToken } from './revocation.ts';
import type { AccessTokenRecord, RefreshTokenRecord } from './state.ts';
import type { Store } from './store.ts';

export interface GrantSubject {
  dc: Dc;
  clientId: string;
  userId: string;
  orgId: string;
  scopes: string[];
}

/** Mints a refresh token; past the per-user-per-client cap the oldest active one is deleted. */
export function mintRefreshToken(store: Store, subject: GrantSubject): RefreshTokenRecord {
  const record: RefreshTokenRecord = {
    ...subject,
    scopes: [...subject.scopes],
    token: newZohoToken(),
    createdAt: store.clock.now(),
    status: 'active',
    mints: [],
  };
  store.state.refreshTokens.set(record.token, record);
  const siblings = [...store.state.refreshTokens.values()]
    .filter(
      (rt) => rt.status === 'active' && rt.userId === subject.userId && rt.clientId === subject.clientId,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
  const excess = siblings.length - store.limits.refreshTokensPerUserPerClient;
  for (const oldest of siblings.slice(0, Math.max(0, excess))) endRefreshToken(store, oldest, 'evicted');
  return record;
}

/** Mints an access token; past the live-token cap of its refresh token the oldest one is deleted. */
export function mintAccessToken(
  store: Store,
  subject: GrantSubject,
  refreshToken?: string,
): AccessTokenRecord {
  const now = store.clock.now();
  sweepAccessTokens(store, now);
  const record: AccessTokenRecord = {
    ...subject,
    scopes: [...subject.scopes],
    token: newZohoToken(),
    createdAt: now,
    expiresAt: now + store.limits.accessTokenTtlSeconds * 1000,
    revoked: false,
    ...(refreshToken === undefined ? {} : { refreshToken }),
  };
  store.state.accessTokens.set(record.token, record);
  if (refreshToken !== undefined) {
    const live = [...store.state.accessTokens.values()]
      .filter((at) => at.refreshToken === refreshToken && !at.revoked && at.expiresAt > now)
      .sort((a, b) => a.createdAt - b.createdAt);
    const excess = live.length - store.limits.activeAccessTokensPerRefreshToken;
    for (const oldest of live.slice(0, Math.max(0, excess))) oldest.revoked = true;
  }
  return record;
}

/** Keeps the map bounded in long runs: drop tokens that can never authenticate again. */
function sweepAccessTokens(store: Store, now: number): void {
  if (store.state.accessTokens.size < 20_000) return;
  for (const [key, at] of store.state.accessTokens) {
    if (at.revoked || at.expiresAt <= now) store.state.accessTokens.delete(key);
  }
}
