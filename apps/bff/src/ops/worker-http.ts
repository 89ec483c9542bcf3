import express, { type Express } from 'express';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { MetricsAccess } from '../config/parse-config.ts';
import { errorHandler } from '../errors/error-handler.ts';
import { notFound } from '../errors/not-found.ts';
import { requestLogger } from '../middleware/request-logger.ts';
import { createMetrics } from './metrics.ts';
import { opsRoutes } from './ops-routes.ts';

/**
 * The engine worker's whole HTTP surface: the BFF's own /healthz, /readyz and /metrics (same guard, same
 * backlog and engine series), and nothing else, so an orchestrator can probe and scrape a worker like
 * the BFF. No sessions, no API, no console.
 */
export function createWorkerApp(deps: { pool: Pool; logger: Logger; metrics: MetricsAccess }): Express {
  const app = express();
  app.set('x-powered-by', false);
  const metrics = createMetrics(deps.pool);
  app.use(requestLogger(deps.logger));
  app.use(metrics.middleware);
  app.use(opsRoutes(deps.pool, metrics, deps.metrics));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
