import type { healthResponseSchema, readinessResponseSchema } from '@cxc/shared/api/health';
import { Router } from 'express';
import type { Pool } from 'pg';
import type { z } from 'zod';
import type { MetricsAccess } from '../config/parse-config.ts';
import { checkDatabase } from './check-database.ts';
import { metricsAccess } from './metrics-access.ts';
import type { Metrics } from './metrics.ts';

/**
 * Liveness, readiness and metrics: outside /api, answered before sessions are loaded. Health checks are
 * open; /metrics is guarded by METRICS_TOKEN / METRICS_PUBLIC (see metrics-access.ts).
 */
export function opsRoutes(pool: Pool, metrics: Metrics, access: MetricsAccess): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' } satisfies z.infer<typeof healthResponseSchema>);
  });
  router.get('/readyz', async (req, res) => {
    let database: 'ok' | 'failing' = 'ok';
    try {
      await checkDatabase(pool);
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed: database');
      database = 'failing';
    }
    const body: z.infer<typeof readinessResponseSchema> = {
      status: database === 'ok' ? 'ready' : 'not_ready',
      checks: { database },
    };
    res.status(database === 'ok' ? 200 : 503).json(body);
  });
  router.get('/metrics', metricsAccess(access), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
