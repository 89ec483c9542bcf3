import express, { Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { registerAuthorizeFinish } from './authorize-finish.ts';
import { registerAuthorizeStart } from './authorize-start.ts';
import { registerOidc } from './oidc.ts';
import { registerRevoke } from './revoke.ts';
import { registerTokenEndpoint } from './token-endpoint.ts';
import { registerUserinfo } from './userinfo.ts';

/** One DC's accounts server (stands for https://accounts.zoho.<tld>), mounted at `/<dc>/accounts`. */
export function createAccountsRouter(deps: AccountsDeps, dc: Dc): Router {
  const router = Router();
  router.use('/oauth/v2/auth', express.urlencoded({ extended: false, limit: '64kb' }));
  registerAuthorizeStart(router, deps, dc);
  registerAuthorizeFinish(router, deps, dc);
  registerTokenEndpoint(router, deps, dc);
  registerRevoke(router, deps, dc);
  registerOidc(router, deps, dc);
  registerUserinfo(router, deps, dc);
  return router;
}
