import type { Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { Store } from '../store/store.ts';
import { revokeToken } from '../store/revocation.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { authenticateClient } from './client-auth.ts';
import { rawBody } from './token-endpoint.ts';
import { readFormParams } from './token-params.ts';

/** Only tokens this DC minted can be revoked here ("use your domain-specific accounts URL"). */
function tokenInDc(store: Store, token: string, dc: Dc, clientId?: string): boolean {
  const record = store.state.refreshTokens.get(token) ?? store.state.accessTokens.get(token);
  return record !== undefined && record.dc === dc && (clientId === undefined || record.clientId === clientId);
}

/**
 * Classic `POST /oauth/v2/token/revoke?token=` (Accounts docs; SDK-N8 posts form-data there):
 * `{"status":"success"}`, or HTTP 400 for an invalid token (body UNCONFIRMED: `{"error":"invalid_token"}`).
 * Newer `POST /oauth/v2/revoke/token` with Basic client credentials and `token_type` (zoho.com/developer).
 * Revoking a refresh token revokes every access token minted from it.
 */
export function registerRevoke(router: Router, deps: AccountsDeps, dc: Dc): void {
  router.post('/oauth/v2/token/revoke', rawBody, async (req, res) => {
    const { token = '' } = await readFormParams(req);
    if (!tokenInDc(deps.store, token, dc) || !revokeToken(deps.store, token)) {
      res.status(400).json({ error: 'invalid_token' });
      return;
    }
    res.json({ status: 'success' });
  });

  router.post('/oauth/v2/revoke/token', rawBody, async (req, res) => {
    const params = await readFormParams(req);
    const auth = authenticateClient(deps.store, dc, params);
    if (!auth.ok) {
      res.status(401).json({ error: auth.error });
      return;
    }
    const { token = '', token_type: type } = params;
    const tokens = type === 'refresh_token' ? deps.store.state.refreshTokens : deps.store.state.accessTokens;
    const known = (type === 'refresh_token' || type === 'access_token') && tokens.has(token);
    if (!known || !tokenInDc(deps.store, token, dc, auth.client.id) || !revokeToken(deps.store, token)) {
      res.status(400).json({ error: 'invalid_token' });
      return;
    }
    res.json({ status: 'success' });
  });
}
