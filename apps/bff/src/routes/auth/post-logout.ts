import type { RequestHandler } from 'express';
import * as client from 'openid-client';
import type { AppDeps } from '../../app-deps.ts';
import { clearCookie, cookieNames, readCookie } from '../../auth/cookies.ts';
import { endSession } from '../../services/session/end-session.ts';
import { redirect } from './redirect.ts';

/**
 * POST /auth/logout (after CSRF checks): ends our session, then sends the browser to the IdP's
 * end_session_endpoint (RP-initiated logout) so the IdP session ends too, coming back to the console.
 * IdPs without that endpoint: straight back to the console.
 */
export function postLogout({ config, oidc, pool, secretBox }: AppDeps): RequestHandler {
  const names = cookieNames(config.publicUrl);
  const home = `${config.publicUrl}/`;
  return async (req, res) => {
    const sessionId = readCookie(req, names.session);
    const ended = sessionId ? await endSession(pool, secretBox, sessionId) : undefined;
    clearCookie(res, config.publicUrl, names.session, '/', config.sessionCookieSameSite);
    if (ended) req.log.info('signed out');
    if (!ended || !oidc.serverMetadata().end_session_endpoint) {
      redirect(res, 303, home);
      return;
    }
    const parameters: Record<string, string> = { post_logout_redirect_uri: home };
    if (ended.idToken) parameters.id_token_hint = ended.idToken;
    redirect(res, 303, client.buildEndSessionUrl(oidc, parameters).href);
  };
}
