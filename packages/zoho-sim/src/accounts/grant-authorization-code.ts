import type { Dc } from '../core/dcs.ts';
import { consumeCode, redeemableCode } from '../store/codes.ts';
import { findOrg, findUser } from '../store/directory.ts';
import type { GrantCode, SimClient } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { mayIssueRefreshToken } from '../store/issue-limits.ts';
import { mintAccessToken, mintRefreshToken } from '../store/tokens.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { verifierMatches } from './pkce.ts';
import { THROTTLED, type TokenResult, tokenBody, tokenError } from './token-body.ts';

/**
 * `grant_type=authorization_code` for redirect-flow and self-client codes. Expired, reused, unknown,
 * another client's or another DC's code: `invalid_code` (Zoho KB quoted in verbb/formie #2199). A
 * replayed code does not revoke the tokens minted from it (RFC 6749 makes that optional; Zoho's
 * behaviour is undocumented). Self-client codes carry no redirect URI, so none is checked for them.
 * A code that would mint the user's 11th refresh token through this client within 10 minutes is answered
 * "Access Denied" (HTTP 200, Kaizen #43) and stays unredeemed (assumed: FIDELITY.md).
 */
export function authorizationCodeGrant(
  deps: AccountsDeps,
  dc: Dc,
  client: SimClient,
  params: Record<string, string>,
): TokenResult {
  const { store } = deps;
  const code = redeemableCode(store, params.code ?? '', dc, client.id);
  if (!code) return tokenError('invalid_code');
  if (code.kind === 'web' && params.redirect_uri !== code.redirectUri)
    return tokenError('invalid_redirect_uri');
  if (!verifierMatches(code, params.code_verifier)) return tokenError('invalid_code');
  const user = findUser(store, code.userId);
  const org = findOrg(store, code.orgId);
  if (!user || !org) return tokenError('invalid_code');
  const withRefresh = issuesRefreshToken(store, code);
  if (withRefresh && !mayIssueRefreshToken(store, client.id, user.id)) return { ...THROTTLED, orgId: org.id };
  consumeCode(store, code.code);
  const subject = { dc, clientId: client.id, userId: user.id, orgId: org.id, scopes: code.scopes };
  const refresh = withRefresh ? mintRefreshToken(store, subject) : undefined;
  const access = mintAccessToken(store, subject, refresh?.token);
  return tokenBody(deps, {
    access,
    user,
    org,
    withIdToken: code.scopes.includes('openid') || code.scopes.includes('email'),
    ...(refresh === undefined ? {} : { refreshToken: refresh.token }),
    ...(code.nonce === undefined ? {} : { nonce: code.nonce }),
  });
}

/**
 * Self-client codes always yield a refresh token. In the redirect flow, `access_type=offline` yields
 * one on the first grant only; a later grant needs `prompt=consent` to get another (Accounts
 * authorization page: "To receive another refresh token, include access_type=offline and prompt=consent").
 */
function issuesRefreshToken(store: Store, code: GrantCode): boolean {
  if (code.kind === 'self') return true;
  if (code.accessType !== 'offline') return false;
  if (code.promptConsent) return true;
  return ![...store.state.refreshTokens.values()].some(
    (rt) =>
      rt.status === 'active' &&
      rt.clientId === code.clientId &&
      rt.userId === code.userId &&
      rt.orgId === code.orgId,
  );
}
