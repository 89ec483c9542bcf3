import type { Router } from 'express';
import { z } from 'zod';
import type { SimContext } from '../server/sim-context.ts';
import { parseBody } from './validate.ts';

const clockSchema = z.strictObject({
  advance_seconds: z
    .number()
    .min(0)
    .max(10 * 365 * 24 * 3600),
});

/** The simulator's clock only moves forward: code and token expiry, throttle and credit windows. */
export function registerClockRoutes(router: Router, ctx: SimContext): void {
  const view = () => ({
    now: new Date(ctx.clock.now()).toISOString(),
    offset_seconds: ctx.clock.offsetSeconds(),
  });
  router.get('/clock', (_req, res) => {
    res.json(view());
  });
  router.post('/clock', (req, res) => {
    const body = parseBody(clockSchema, req, res);
    if (!body) return;
    ctx.clock.advance(body.advance_seconds);
    res.json(view());
  });
}
