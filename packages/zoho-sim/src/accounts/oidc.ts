import type { Router } from 'express';
import { type Dc, DCS, dcUrls } from '../core/dcs.ts';
import type { AccountsDeps } from './accounts-deps.ts';

/** Per-DC discovery document, shaped after https://accounts.zoho.com/.well-known/openid-configuration. */
export function discoveryDocument(baseUrl: string, dc: Dc): Record<string, unknown> {
  const issuer = dcUrls(baseUrl, dc).accounts;
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/v2/auth`,
    token_endpoint: `${issuer}/oauth/v2/token`,
    userinfo_endpoint: `${issuer}/oauth/v2/userinfo`,
    jwks_uri: `${issuer}/oauth/v2/keys`,
    revocation_endpoint: `${issuer}/oauth/v2/token/revoke`,
    dc_info: `${issuer}/oauth/serverinfo`,
    scopes_supported: ['email', 'profile', 'openid', 'phone'],
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['plain', 'S256'],
    claims_supported: [
      'aud',
      'exp',
      'iat',
      'iss',
      'sub',
      'email',
      'email_verified',
      'name',
      'first_name',
      'last_name',
      'at_hash',
      'nonce',
    ],
  };
}

export function registerOidc(router: Router, deps: AccountsDeps, dc: Dc): void {
  router.get('/.well-known/openid-configuration', (_req, res) => {
    res.json(discoveryDocument(deps.baseUrl(), dc));
  });
  router.get('/oauth/v2/keys', (_req, res) => {
    res.json({ keys: [deps.keys().jwk] });
  });
  // Shape from 3P readers of accounts.zoho.com/oauth/serverinfo: `result` plus `locations[<dc>]`.
  router.get('/oauth/serverinfo', (_req, res) => {
    const locations = Object.fromEntries(DCS.map((each) => [each, dcUrls(deps.baseUrl(), each).accounts]));
    res.json({ result: 'success', locations });
  });
}
