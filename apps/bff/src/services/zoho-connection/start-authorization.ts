import { randomBytes } from 'node:crypto';
import { OAUTH_CALLBACK_PATH, ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import * as client from 'openid-client';
import { AppError } from '../../errors/app-error.ts';
import type { ActiveSession } from '../session/find-session.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { ConnectFailure } from './connect-errors.ts';
import { resolveClient } from './resolve-client.ts';
import { saveState } from './oauth-state.ts';

/**
 * Builds Zoho's authorization URL with openid-client over a manual server description (Zoho's
 * discovery document names only accounts.zoho.com; each DC has its own endpoints). `state` and the PKCE
 * verifier are stored server-side, bound to this session and tenant; `access_type=offline` with
 * `prompt=consent` makes Zoho issue a refresh token every time, not only on the first consent
 * (https://www.zoho.com/accounts/protocol/oauth/web-apps/authorization.html).
 */
export async function startAuthorization(
  deps: ZohoDeps,
  session: ActiveSession,
  tenantId: string,
  mode: 'popup' | 'redirect',
): Promise<{ authorizeUrl: string }> {
  const connection = await readConnection(deps.pool, tenantId);
  if (!connection) throw new AppError('CONFLICT', 'Save a Zoho configuration before connecting.');
  const dcs = await loadDataCenters(deps.config.zoho.simUrl);
  let resolved;
  try {
    resolved = await resolveClient(deps, dcs, connection);
  } catch (error) {
    if (!(error instanceof ConnectFailure)) throw error;
    throw new AppError('VALIDATION_FAILED', error.detail.message, [
      { path: ['dataCenterId'], message: error.detail.message, code: error.detail.code },
    ]);
  }
  const redirectUri = `${deps.config.publicUrl}${OAUTH_CALLBACK_PATH}`;
  const config = new client.Configuration(
    {
      issuer: resolved.accountsUrl,
      authorization_endpoint: `${resolved.accountsUrl}/oauth/v2/auth`,
      token_endpoint: `${resolved.accountsUrl}/oauth/v2/token`,
    },
    resolved.clientId,
    resolved.clientSecret,
  );
  // The simulator is plain http; Zoho's own hosts are always https (the allowlist requires it).
  if (resolved.dataCenter.simulated) client.allowInsecureRequests(config);
  const state = randomBytes(32).toString('base64url');
  const codeVerifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(config, {
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: ZOHO_SCOPES.join(','),
    access_type: 'offline',
    prompt: 'consent',
    state,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  await saveState(deps.pool, deps.secretBox, {
    state,
    sessionIdHash: session.idHash,
    tenantId,
    mode,
    pending: {
      codeVerifier,
      configKind: resolved.configKind,
      dataCenterId: resolved.dataCenter.id,
      simulated: resolved.dataCenter.simulated,
      clientId: resolved.clientId,
      clientSecret: resolved.clientSecret,
      accountsUrl: resolved.accountsUrl,
      apiUrl: resolved.apiUrl,
      redirectUri,
      actor: { email: session.user.email, name: session.user.name, role: session.user.role },
    },
  });
  return { authorizeUrl: url.href };
}
