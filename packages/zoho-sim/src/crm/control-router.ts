import express, { Router } from 'express';
import { z } from 'zod';
import type { CrmDeps } from '../core/types.ts';
import type { LimitOverrides, Limits } from './limits/limits.ts';
import type { CrmState } from './store/crm-state.ts';

const limitsSchema = z.object({
  orgId: z.string(),
  credits: z.number().int().min(0).nullable().optional(),
  concurrency: z.number().int().min(0).nullable().optional(),
  subConcurrency: z.number().int().min(0).nullable().optional(),
});

/**
 * CRM-owned test controls, for the server to mount at `/__sim/crm`:
 * `POST /limits {orgId, credits?, concurrency?, subConcurrency?}` (null restores the edition default)
 * and `GET /limits/:orgId` (current limits and usage).
 */
export function controlRouter(deps: CrmDeps, state: CrmState, limits: Limits, set: (orgId: string, o: LimitOverrides) => void): Router {
  const r = Router();
  r.post('/limits', express.json(), (req, res) => {
    const parsed = limitsSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid limits', issues: parsed.error.issues });
      return;
    }
    const { orgId, ...overrides } = parsed.data;
    if (!deps.identity.org(orgId)) {
      res.status(404).json({ error: 'unknown org' });
      return;
    }
    set(orgId, overrides);
    res.json({ ok: true });
  });
  r.get('/limits/:orgId', (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    if (!org) {
      res.status(404).json({ error: 'unknown org' });
      return;
    }
    res.json(limits.status(org, state.activeUserIds(org.id).length, deps.clock.now()));
  });
  return r;
}
