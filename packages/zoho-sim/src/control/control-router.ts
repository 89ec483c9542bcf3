import express, { Router } from 'express';
import type { SimContext } from '../server/sim-context.ts';
import { registerClientRoutes } from './client-routes.ts';
import { registerClockRoutes } from './clock-routes.ts';
import { registerFaultRoutes, registerLatencyRoutes } from './fault-routes.ts';
import { registerRequestRoutes } from './request-routes.ts';
import { registerSelfClientRoutes } from './self-client-routes.ts';
import { registerStateRoutes } from './state-routes.ts';
import { registerTokenRoutes } from './token-routes.ts';
import { sendControlError } from './validate.ts';

/** `/__sim/*`: test and demo controls. Never faulted, never logged. */
export function createControlRouter(ctx: SimContext): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  registerStateRoutes(router, ctx);
  registerClientRoutes(router, ctx);
  registerSelfClientRoutes(router, ctx);
  registerClockRoutes(router, ctx);
  registerFaultRoutes(router, ctx);
  registerLatencyRoutes(router, ctx);
  registerRequestRoutes(router, ctx);
  registerTokenRoutes(router, ctx);
  if (ctx.crm.controlRouter) router.use('/crm', ctx.crm.controlRouter);
  router.use((_req, res) => sendControlError(res, 404, 'NOT_FOUND', 'Unknown control endpoint.'));
  return router;
}
