import express, { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { authRateLimit } from '../../middleware/auth-rate-limit.ts';
import { loadSession, sessionCookie } from '../../middleware/authenticate.ts';
import { verifyCsrf } from '../../middleware/csrf.ts';
import { getCallback } from './get-callback.ts';
import { getLogin } from './get-login.ts';
import { postLogout } from './post-logout.ts';

/** Mounted at /auth. Sign-in and sign-out are browser navigations and a plain form post, so not in the JSON route registry. */
export function authRouter(deps: AppDeps): Router {
  const { publicUrl, authRateLimitPerMinute } = deps.config;
  const router = Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.get('/login', authRateLimit(authRateLimitPerMinute), getLogin(deps));
  router.get('/callback', authRateLimit(authRateLimitPerMinute), getCallback(deps));
  router.post(
    '/logout',
    // The console signs out with a plain form (urlencoded `_csrf`); fetch callers may send JSON.
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    loadSession(deps.pool, sessionCookie(deps.config)),
    verifyCsrf(publicUrl, { allowFormField: true }),
    postLogout(deps),
  );
  return router;
}
