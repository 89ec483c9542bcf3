import type { healthResponseSchema, readinessResponseSchema } from '@cxc/shared/api/health';
import { Router } from 'express';
import type { Pool } from 'pg';
import type { z } from 'zod';
import type { Metrics } from './metrics.ts';

/** Liveness, readiness and metrics: unauthenticated, outside /api, answered before sessions are loaded. */
export function opsRoutes(pool: Pool, metrics: Metrics): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' } satisfies z.infer<typeof healthResponseSchema>);
  });
  router.get('/readyz', async (req, res) => {
    let database: 'ok' | 'failing' = 'ok';
    try {
      await pool.query('select 1');
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
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
