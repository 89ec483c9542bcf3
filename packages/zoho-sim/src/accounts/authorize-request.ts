import type { Dc } from '../core/dcs.ts';
import { clientAt } from '../store/clients.ts';
import type { Store } from '../store/store.ts';
import type { AuthRequest } from './pending-auth.ts';
import { parseScopes } from './scopes.ts';

export type AuthRequestCheck =
  { ok: true; request: AuthRequest } | { ok: false; title: string; message: string };

const fail = (title: string, message: string): AuthRequestCheck => ({ ok: false, title, message });
const PKCE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * Validates `GET /oauth/v2/auth`. Problems are shown on an error page, never redirected: the client
 * and redirect URI are not trusted until checked, and Zoho answers a bad scope or response type with an
 * error screen too (Kaizen #4). Redirect URIs match exactly, as registered in the API console.
 */
export function checkAuthRequest(store: Store, dc: Dc, q: Record<string, string>): AuthRequestCheck {
  const client = clientAt(store, q.client_id ?? '', dc);
  if (!client)
    return fail('Invalid client', 'The application’s client_id is not registered in this data center.');
  if (client.type === 'self')
    return fail('Invalid client', 'A self client cannot use the redirect-based flow.');
  const redirectUri = q.redirect_uri ?? '';
  if (!client.redirectUris.includes(redirectUri)) {
    return fail(
      'Invalid redirect URI',
      'The redirect_uri does not match any URI registered for this client.',
    );
  }
  if (q.response_type !== 'code') return fail('Invalid response type', 'response_type must be "code".');
  const scopes = parseScopes(q.scope);
  if (!scopes.ok) return fail('Invalid OAuth scope', `The scope "${scopes.invalid}" is not valid.`);
  const accessType = q.access_type ?? 'online';
  if (accessType !== 'online' && accessType !== 'offline') {
    return fail('Invalid access type', 'access_type must be "online" or "offline".');
  }
  const method = q.code_challenge_method ?? (q.code_challenge === undefined ? undefined : 'plain');
  if (method !== undefined && method !== 'plain' && method !== 'S256') {
    return fail('Invalid code challenge method', 'code_challenge_method must be "plain" or "S256".');
  }
  if (q.code_challenge !== undefined && !PKCE_CHALLENGE.test(q.code_challenge)) {
    return fail('Invalid code challenge', 'code_challenge must be 43 to 128 URL-safe characters.');
  }
  return {
    ok: true,
    request: {
      clientId: client.id,
      redirectUri,
      scopes: scopes.scopes,
      accessType,
      promptConsent: q.prompt === 'consent',
      ...(q.state === undefined ? {} : { state: q.state }),
      ...(q.nonce === undefined ? {} : { nonce: q.nonce }),
      ...(q.code_challenge === undefined || method === undefined
        ? {}
        : { codeChallenge: q.code_challenge, codeChallengeMethod: method }),
    },
  };
}
