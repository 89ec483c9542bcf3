import { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../app-deps.ts';
import { authenticate, sessionCookie } from '../middleware/authenticate.ts';
import { requireRole, requireTenant } from '../middleware/authorize.ts';
import { verifyCsrf } from '../middleware/csrf.ts';
import { getInput, getSession } from '../middleware/request-context.ts';
import { validate } from '../middleware/validate.ts';
import { routes } from './index.ts';
import type { Route, RouteContext } from './route.ts';

function handle(route: Route, deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const session = getSession(req);
    const input = getInput(req);
    if (!session || !input) throw new Error('route handler reached without session or validated input');
    const context = { ...input, session, deps, log: req.log } as RouteContext<typeof route.endpoint>;
    // Parsing our own response with the contract strips anything not in it: a field added by mistake
    // (a token, an internal id) cannot reach the browser.
    res.json(route.endpoint.response.parse(await route.handler(context)));
  };
}

/**
 * Mounts the registry. Order matters: 401 (no session), 403 (CSRF on mutations, then role), 400 (input),
 * 404 (another tenant), then the handler.
 */
export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  const cookie = sessionCookie(deps.config);
  for (const route of routes) {
    const { method, path } = route.endpoint;
    const chain: RequestHandler[] = [authenticate(deps.pool, cookie)];
    if (method !== 'GET') chain.push(verifyCsrf(deps.config.publicUrl));
    chain.push(
      requireRole(route.access),
      validate(route.endpoint),
      requireTenant(route.access),
      handle(route, deps),
    );
    router[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path, ...chain);
  }
  return router;
}
