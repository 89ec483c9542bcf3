import { dcUrls } from '../core/dcs.ts';
import type { SimOrg, SimUser } from '../core/types.ts';
import type { AccessTokenRecord } from '../store/state.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { atHash, signJwt } from './id-token.ts';

export interface TokenResult {
  body: Record<string, unknown>;
  orgId?: string;
}

/** Token errors are HTTP 200 with an `error` key (raw responses in ISS asciisd/zoho #6, #18, #20). */
export const tokenError = (error: string): TokenResult => ({ body: { error } });

export const THROTTLED: TokenResult = {
  body: {
    error: 'Access Denied',
    error_description: 'You have made too many requests continuously. Please try again after some time.',
  },
};

export interface TokenGrant {
  access: AccessTokenRecord;
  refreshToken?: string;
  user: SimUser;
  org: SimOrg;
  nonce?: string;
  withIdToken: boolean;
}

/**
 * Success body in Zoho's key order. `api_domain` is the chosen org's DC. `scope` (space separated) is
 * in newer Zoho responses; `refresh_token` appears only when one was minted (never on refresh: the TS
 * SDK breaks otherwise). `expires_in` is seconds, with no legacy `expires_in_sec`, which would make the
 * Node SDKs read it as milliseconds.
 */
export function tokenBody(deps: AccountsDeps, grant: TokenGrant): TokenResult {
  const { access } = grant;
  const body: Record<string, unknown> = { access_token: access.token };
  if (grant.refreshToken !== undefined) body.refresh_token = grant.refreshToken;
  body.scope = access.scopes.join(' ');
  body.api_domain = dcUrls(deps.baseUrl(), grant.org.dc).api;
  body.token_type = 'Bearer';
  if (grant.withIdToken) body.id_token = idToken(deps, grant);
  body.expires_in = Math.round((access.expiresAt - access.createdAt) / 1000);
  return { body, orgId: grant.org.id };
}

function idToken(deps: AccountsDeps, grant: TokenGrant): string {
  const { access, user } = grant;
  const iat = Math.floor(access.createdAt / 1000);
  return signJwt(deps.keys(), {
    iss: dcUrls(deps.baseUrl(), access.dc).accounts,
    sub: user.id,
    aud: access.clientId,
    iat,
    exp: iat + 3600,
    at_hash: atHash(access.token),
    email: user.email,
    email_verified: true,
    name: `${user.firstName} ${user.lastName}`,
    first_name: user.firstName,
    last_name: user.lastName,
    ...(grant.nonce === undefined ? {} : { nonce: grant.nonce }),
  });
}
