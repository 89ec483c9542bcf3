import { dcUrls } from '../core/dcs.ts';
import type { SimUser } from '../core/types.ts';
import { issueCode } from '../store/codes.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import type { PendingAuth } from './pending-auth.ts';

/**
 * The redirect back to the client. Accept: `code`, `location` (the user's DC) and `accounts-server`
 * (URL-encoded), plus `state` when sent (A-MDC2). Deny: `error=access_denied` and `state` (RFC 6749;
 * Zoho's exact wording is unconfirmed). The code is bound to the user's DC: only that token endpoint
 * can redeem it.
 */
export function grantRedirect(deps: AccountsDeps, tx: PendingAuth, user: SimUser, accepted: boolean): string {
  const { request } = tx;
  const url = new URL(request.redirectUri);
  if (request.state !== undefined) url.searchParams.append('state', request.state);
  if (!accepted || tx.orgId === undefined) {
    url.searchParams.append('error', 'access_denied');
    return url.toString();
  }
  const code = issueCode(deps.store, {
    dc: user.dc,
    clientId: request.clientId,
    userId: user.id,
    orgId: tx.orgId,
    scopes: request.scopes,
    kind: 'web',
    redirectUri: request.redirectUri,
    accessType: request.accessType,
    promptConsent: request.promptConsent,
    ttlSeconds: deps.store.limits.webCodeTtlSeconds,
    ...(request.codeChallenge === undefined ? {} : { codeChallenge: request.codeChallenge }),
    ...(request.codeChallengeMethod === undefined
      ? {}
      : { codeChallengeMethod: request.codeChallengeMethod }),
    ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
  });
  url.searchParams.append('code', code.code);
  url.searchParams.append('location', user.dc);
  url.searchParams.append('accounts-server', dcUrls(deps.baseUrl(), user.dc).accounts);
  return url.toString();
}
