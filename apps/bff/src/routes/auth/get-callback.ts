import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { clearCookie, cookieNames, cookieOptions, readCookie } from '../../auth/cookies.ts';
import { openTransaction } from '../../auth/login-transaction.ts';
import { mapClaims } from '../../auth/map-claims.ts';
import { safeReturnTo } from '../../auth/return-to.ts';
import { AppError } from '../../errors/app-error.ts';
import { completeSignIn } from '../../services/auth/complete-sign-in.ts';
import { exchangeCode } from '../../services/auth/exchange-code.ts';
import { redirect } from './redirect.ts';

/** GET /auth/callback: the IdP sends the browser back here with a code; on success the session cookie is set. */
export function getCallback({ config, oidc, pool, secretBox }: AppDeps): RequestHandler {
  const names = cookieNames(config.publicUrl);
  return async (req, res) => {
    const transaction = openTransaction(secretBox, readCookie(req, names.login));
    // Single use: whatever happens next, this sign-in attempt cannot be replayed.
    clearCookie(res, config.publicUrl, names.login, '/auth/callback');
    if (!transaction) {
      throw new AppError(
        'UNAUTHENTICATED',
        'This sign-in attempt expired or was started in another browser. Please sign in again.',
      );
    }
    const exchanged = await exchangeCode(
      oidc,
      new URL(req.originalUrl, config.publicUrl),
      transaction,
      req.log,
    );
    const mapped = mapClaims(exchanged.claims, config.claims);
    if (!mapped.ok) {
      req.log.warn({ sub: exchanged.claims.sub }, 'sign-in refused: role or tenant claims unusable');
      throw new AppError('FORBIDDEN', mapped.reason);
    }
    const session = await completeSignIn(pool, secretBox, {
      user: mapped.user,
      tokens: exchanged.tokens,
      ttlSeconds: config.sessionTtlSeconds,
      previousSessionId: readCookie(req, names.session),
    });
    req.log.info(
      { sub: mapped.user.sub, role: mapped.user.role, tenant: mapped.user.tenant?.id },
      'signed in',
    );
    res.cookie(
      names.session,
      session.sessionId,
      cookieOptions(config.publicUrl, '/', config.sessionTtlSeconds, config.sessionCookieSameSite),
    );
    // Checked again on the way out (defence in depth): /auth/login already refused anything else, but the
    // Location header must never name another origin, whatever a sealed cookie from an older build says.
    redirect(res, 303, safeReturnTo(transaction.returnTo, config.publicUrl) ?? '/');
  };
}
