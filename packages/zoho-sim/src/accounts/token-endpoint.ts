import express, { type Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { authenticateClient } from './client-auth.ts';
import { authorizationCodeGrant } from './grant-authorization-code.ts';
import { clientCredentialsGrant } from './grant-client-credentials.ts';
import { refreshTokenGrant } from './grant-refresh-token.ts';
import { type TokenResult, tokenError } from './token-body.ts';
import { readFormParams } from './token-params.ts';

/** Bodies are read raw so multipart, urlencoded and empty bodies all reach one parser. */
export const rawBody = express.raw({ type: () => true, limit: '1mb' });

/** `POST /oauth/v2/token`: every outcome is HTTP 200 JSON; failures carry an `error` key. */
export function registerTokenEndpoint(router: Router, deps: AccountsDeps, dc: Dc): void {
  router.post('/oauth/v2/token', rawBody, async (req, res) => {
    const params = await readFormParams(req);
    if (params.grant_type !== undefined) res.locals.grantType = params.grant_type;
    const result = exchange(deps, dc, params);
    if (result.orgId !== undefined) res.locals.orgId = result.orgId;
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json(result.body);
  });
}

function exchange(deps: AccountsDeps, dc: Dc, params: Record<string, string>): TokenResult {
  const auth = authenticateClient(deps.store, dc, params);
  if (!auth.ok) return tokenError(auth.error);
  switch (params.grant_type) {
    case 'authorization_code':
      return authorizationCodeGrant(deps, dc, auth.client, params);
    case 'refresh_token':
      return refreshTokenGrant(deps, dc, auth.client, params);
    case 'client_credentials':
      return clientCredentialsGrant(deps, dc, auth.client, params);
    default:
      return tokenError('unsupported_grant_type');
  }
}
