import { dcUrls } from '../core/dcs.ts';
import type { SimUser } from '../core/types.ts';
import { issueCode } from '../store/codes.ts';
import { tryRecordGrant } from '../store/issue-limits.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import type { PendingAuth } from './pending-auth.ts';

/**
 * The redirect back to the client. Accept: `code`, `location` (the user's DC) and `accounts-server`
 * (URL-encoded), plus `state` when sent (A-MDC2). Deny: `error=access_denied` and `state` (RFC 6749;
 * Zoho's exact wording is unconfirmed). The code is bound to the user's DC: only that token endpoint
 * can redeem it. Past the client's grant-code cap (10 per 10 minutes) an accepted consent is answered
 * `error=access_denied` too, as Zoho's token-validity page says; the `error_description` (Zoho's throttle
 * wording) is our assumption: it is what lets a client tell the cap from a refusal (FIDELITY.md).
 */
export const GRANT_LIMIT_DESCRIPTION =
  'You have made too many requests continuously. Please try again after some time.';

export function grantRedirect(deps: AccountsDeps, tx: PendingAuth, user: SimUser, accepted: boolean): string {
  const { request } = tx;
  const url = new URL(request.redirectUri);
  if (request.state !== undefined) url.searchParams.append('state', request.state);
  if (!accepted || tx.orgId === undefined) {
    url.searchParams.append('error', 'access_denied');
    return url.toString();
  }
  const client = deps.store.state.clients.get(request.clientId);
  if (client && !tryRecordGrant(deps.store, client)) {
    url.searchParams.append('error', 'access_denied');
    url.searchParams.append('error_description', GRANT_LIMIT_DESCRIPTION);
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
