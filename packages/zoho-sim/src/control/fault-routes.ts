import type { Router } from 'express';
import { faultInputSchema } from '../faults/fault-settings.ts';
import { latencyInputSchema } from '../latency/latency.ts';
import type { SimContext } from '../server/sim-context.ts';
import { parseBody } from './validate.ts';

/** `POST` merges settings, `DELETE` clears them; both answer with the settings now in force. */
export function registerFaultRoutes(router: Router, ctx: SimContext): void {
  router.get('/faults', (_req, res) => {
    res.json(ctx.faults.settings());
  });
  router.post('/faults', (req, res) => {
    const body = parseBody(faultInputSchema, req, res);
    if (!body) return;
    res.json(ctx.faults.update(body));
  });
  router.delete('/faults', (_req, res) => {
    ctx.faults.clear();
    res.json(ctx.faults.settings());
  });
}

/** `/latency`: Zoho's round trip; `POST` merges `{api_ms?, accounts_ms?}` and answers what is in force. */
export function registerLatencyRoutes(router: Router, ctx: SimContext): void {
  router.get('/latency', (_req, res) => {
    res.json(ctx.latency.settings());
  });
  router.post('/latency', (req, res) => {
    const body = parseBody(latencyInputSchema, req, res);
    if (!body) return;
    res.json(ctx.latency.update(body));
  });
}
