import express, { type Express, type RequestHandler } from 'express';
import { createAccountsRouter } from '../accounts/accounts-router.ts';
import type { AccountsDeps } from '../accounts/accounts-deps.ts';
import { grantTypeTagger } from '../accounts/grant-type-tag.ts';
import { createControlRouter } from '../control/control-router.ts';
import { requestLogMiddleware } from '../control/request-log-middleware.ts';
import { type Dc, DCS } from '../core/dcs.ts';
import { faultMiddleware } from '../faults/fault-middleware.ts';
import { latencyMiddleware } from '../latency/latency.ts';
import { registerConsoleRoutes } from '../pages/console-routes.ts';
import { sendErrorPage } from '../pages/error-page.ts';
import { homePage } from '../pages/home-page.ts';
import { serveStyles } from '../pages/styles.ts';
import { webPage } from '../pages/web-page.ts';
import { errorHandler } from './error-handler.ts';
import type { SimContext } from './sim-context.ts';

const setDc =
  (dc: Dc): RequestHandler =>
  (_req, res, next) => {
    res.locals.dc = dc;
    next();
  };

/**
 * Zoho's answer for a path no API route matched (404 `INVALID_URL_PATTERN`, as its API pages list it), in
 * case the CRM router lets one through.
 */
const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({
    code: 'INVALID_URL_PATTERN',
    details: {},
    message: 'Please check if the URL trying to access is a correct one',
    status: 'error',
  });
};

/** Token grants and revocations: the Accounts answers a connector waits on between CRM calls. */
const isTokenPath = (path: string) => path.startsWith('/oauth/v2/token');

/**
 * One process, every DC: `/<dc>/accounts` (accounts server), `/<dc>/api` (CRM API domain, the CRM
 * half's router), `/<dc>/web` (CRM web stand-in); `/__sim` controls; `/` and `/console` pages.
 * Only the accounts and API hosts are logged and faulted.
 */
export function createSimApp(ctx: SimContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Zoho's CRM API sends no ETags; Express's automatic ones would add 304s Zoho never gives.
  app.set('etag', false);
  const deps: AccountsDeps = ctx;
  app.get('/assets/sim.css', serveStyles);
  app.get('/', homePage(ctx));
  const pages = express.Router();
  registerConsoleRoutes(pages, ctx);
  app.use(pages);
  app.use('/__sim', createControlRouter(ctx));
  for (const dc of DCS) {
    const log = (host: 'accounts' | 'api') => requestLogMiddleware(ctx.log, ctx.clock, host, dc);
    const fault = (host: 'accounts' | 'api') => faultMiddleware(ctx.faults, host, dc);
    app.use(
      `/${dc}/accounts`,
      log('accounts'),
      latencyMiddleware(ctx.latency, 'accounts_ms', isTokenPath),
      grantTypeTagger(),
      fault('accounts'),
      createAccountsRouter(deps, dc),
    );
    app.use(
      `/${dc}/api`,
      setDc(dc),
      log('api'),
      latencyMiddleware(ctx.latency, 'api_ms'),
      fault('api'),
      ctx.crm.router,
      apiNotFound,
    );
    app.use(`/${dc}/web`, webPage(dc));
  }
  app.use((_req, res) => sendErrorPage(res, 404, 'Not found', 'The simulator has no page at this address.'));
  app.use(errorHandler);
  return app;
}
