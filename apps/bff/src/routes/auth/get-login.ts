import type { RequestHandler } from 'express';
import * as client from 'openid-client';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { cookieNames, cookieOptions } from '../../auth/cookies.ts';
import { LOGIN_TTL_SECONDS, sealTransaction } from '../../auth/login-transaction.ts';
import { safeReturnTo } from '../../auth/return-to.ts';
import { AppError } from '../../errors/app-error.ts';
import { toIssues } from '../../errors/zod-issues.ts';
import { redirect } from './redirect.ts';

const loginQuerySchema = z.strictObject({
  returnTo: z.string().max(2000).optional(),
  /** `login` forces the IdP to ask for credentials (offered after a refused sign-in). */
  prompt: z.literal('login').optional(),
});

const RETURN_TO_MESSAGE = 'returnTo must be a path on this site, such as /settings.';

/** GET /auth/login?returnTo=/path: starts authorization code + PKCE with fresh state and nonce. */
export function getLogin({ config, oidc, secretBox }: AppDeps): RequestHandler {
  return async (req, res) => {
    const query = loginQuerySchema.safeParse({ ...(req.query as Record<string, unknown>) });
    if (!query.success)
      throw new AppError('VALIDATION_FAILED', 'The sign-in link is not valid.', toIssues(query.error));
    const returnTo = safeReturnTo(query.data.returnTo ?? '/', config.publicUrl);
    if (!returnTo) {
      throw new AppError('VALIDATION_FAILED', RETURN_TO_MESSAGE, [
        { path: ['returnTo'], message: 'must be a same-origin relative path', code: 'custom' },
      ]);
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(oidc, {
      redirect_uri: `${config.publicUrl}/auth/callback`,
      scope: config.oidcScopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ...(query.data.prompt ? { prompt: query.data.prompt } : {}),
    });
    const sealed = sealTransaction(secretBox, {
      state,
      nonce,
      codeVerifier,
      returnTo,
      expiresAt: Date.now() + LOGIN_TTL_SECONDS * 1000,
    });
    res.cookie(
      cookieNames(config.publicUrl).login,
      sealed,
      cookieOptions(config.publicUrl, '/auth/callback', LOGIN_TTL_SECONDS),
    );
    redirect(res, 302, url.href);
  };
}
