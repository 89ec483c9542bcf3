import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { registerBacklogMetrics } from './backlog-metrics.ts';
import { registerTelemetry } from './telemetry.ts';

export interface Metrics {
  registry: Registry;
  /** Observes every request's duration, labelled by route pattern (never the raw URL: ids would explode cardinality). */
  middleware: RequestHandler;
}

/**
 * A registry per app, so several apps in one test process do not share request counters. With a pool it
 * also carries the engine's metrics: the process-wide Zoho/engine counters and the backlog from PostgreSQL.
 */
export function createMetrics(pool?: Pool): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (pool) {
    registerTelemetry(registry);
    registerBacklogMetrics(registry, pool);
  }
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route pattern, method and status',
    labelNames: ['route', 'method', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const middleware: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    res.on('finish', () => {
      const route = req.route as { path?: unknown } | undefined;
      const pattern = typeof route?.path === 'string' ? `${req.baseUrl}${route.path}` : 'unmatched';
      stop({ route: pattern, method: req.method, status_code: String(res.statusCode) });
    });
    next();
  };
  return { registry, middleware };
}
