import type { Dc } from '../core/dcs.ts';
import { findOrg, findUser } from '../store/directory.ts';
import type { SimClient } from '../store/state.ts';
import { tryRecordMint } from '../store/throttle.ts';
import { mintAccessToken } from '../store/tokens.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { THROTTLED, type TokenResult, tokenBody, tokenError } from './token-body.ts';

/**
 * `grant_type=refresh_token`. A wrong, revoked or evicted refresh token, one of another client, or
 * one presented to another DC's accounts server is `invalid_code` (Zoho KB). The response never
 * carries a new refresh token. Past 10 mints in 10 minutes: "Access Denied", still HTTP 200 (Kaizen #43).
 */
export function refreshTokenGrant(
  deps: AccountsDeps,
  dc: Dc,
  client: SimClient,
  params: Record<string, string>,
): TokenResult {
  const { store } = deps;
  const record = store.state.refreshTokens.get(params.refresh_token ?? '');
  const revokedByFault = deps.faults.settings().refresh_tokens_revoked;
  if (
    !record ||
    record.dc !== dc ||
    record.clientId !== client.id ||
    record.status !== 'active' ||
    revokedByFault
  ) {
    return tokenError('invalid_code');
  }
  const user = findUser(store, record.userId);
  const org = findOrg(store, record.orgId);
  if (!user || !org) return tokenError('invalid_code');
  if (!tryRecordMint(store, record)) return { ...THROTTLED, orgId: org.id };
  const subject = { dc, clientId: client.id, userId: user.id, orgId: org.id, scopes: record.scopes };
  const access = mintAccessToken(store, subject, record.token);
  return tokenBody(deps, { access, user, org, withIdToken: false });
}
