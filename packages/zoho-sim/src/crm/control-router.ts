import express, { type Response, Router } from 'express';
import { z } from 'zod';
import type { CrmDeps } from '../core/types.ts';
import { registerBulkControl } from './bulk/bulk-control.ts';
import type { BulkRunner } from './bulk/bulk-runner.ts';
import { registerMassChange } from './control/mass-change-route.ts';
import type { Dispatcher } from './notifications/dispatcher.ts';
import type { LimitOverrides, Limits } from './limits/limits.ts';
import type { CrmState } from './store/crm-state.ts';

const limitsSchema = z.object({
  orgId: z.string(),
  credits: z.number().int().min(0).nullable().optional(),
  concurrency: z.number().int().min(0).nullable().optional(),
  subConcurrency: z.number().int().min(0).nullable().optional(),
});

/** The control API's envelope (same shape as the rest of `/__sim`). */
function controlError(
  res: Response,
  status: number,
  code: string,
  message: string,
  issues: unknown[] = [],
): void {
  res.status(status).json({ error: { code, message, issues } });
}

/**
 * CRM-owned test controls, for the server to mount at `/__sim/crm`:
 * `POST /limits {orgId, credits?, concurrency?, subConcurrency?}` (null restores the edition default)
 * and `GET /limits/:orgId` (current limits and usage), and `GET /records/:orgId/:module` (every stored
 * record as kept, for tests that prove what a run changed and what it left alone; no credits, no log).
 */
export function controlRouter(
  deps: CrmDeps,
  state: CrmState,
  limits: Limits,
  set: (orgId: string, o: LimitOverrides) => void,
  bulk: BulkRunner,
  dispatcher: Dispatcher,
): Router {
  const r = Router();
  registerBulkControl(r, deps, bulk);
  registerMassChange(r, deps, state, dispatcher);
  r.post('/limits', express.json(), (req, res) => {
    const parsed = limitsSchema.safeParse(req.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      controlError(res, 400, 'VALIDATION_FAILED', 'The request body is invalid.', issues);
      return;
    }
    const { orgId, ...overrides } = parsed.data;
    if (!deps.identity.org(orgId)) {
      controlError(res, 404, 'ORG_NOT_FOUND', 'No org has that id.');
      return;
    }
    set(orgId, overrides);
    res.json({ ok: true });
  });
  r.get('/limits/:orgId', (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    if (!org) {
      controlError(res, 404, 'ORG_NOT_FOUND', 'No org has that id.');
      return;
    }
    res.json(limits.status(org, state.activeUserIds(org.id).length, deps.clock.now()));
  });
  r.get('/records/:orgId/:module', (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    const crm = org ? state.orgFor(org) : undefined;
    const module = crm?.module(req.params.module);
    if (!crm || !module) {
      controlError(res, 404, 'NOT_FOUND', 'No org or module has that name.');
      return;
    }
    const store = crm.store(module.apiName);
    const records = [];
    for (const seq of store.seqs()) {
      // Generated bulk data can hold millions of rows: a dump is for seeded and test-sized orgs.
      if (records.length === MAX_DUMP) break;
      const record = store.get(seq);
      if (record) records.push({ id: crm.id(seq), ...record });
    }
    res.json({ module: module.apiName, records, truncated: store.size > records.length });
  });
  return r;
}

const MAX_DUMP = 10_000;
