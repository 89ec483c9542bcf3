import express, { Router } from 'express';
import { parseBody, sendControlError } from '../control/validate.ts';
import { z } from 'zod';
import { registerAutomationControl } from './automation/automation-control.ts';
import { registerBulkControl } from './bulk/bulk-control.ts';
import { registerCustomFields } from './control/custom-fields-route.ts';
import { registerMassChange } from './control/mass-change-route.ts';
import { registerUniqueField } from './control/unique-field-route.ts';
import type { LimitOverrides } from './limits/limits.ts';
import type { CrmServices } from './services.ts';

const limitsSchema = z.object({
  orgId: z.string(),
  credits: z.number().int().min(0).nullable().optional(),
  concurrency: z.number().int().min(0).nullable().optional(),
  subConcurrency: z.number().int().min(0).nullable().optional(),
});

/**
 * CRM-owned test controls, for the server to mount at `/__sim/crm`:
 * `POST /limits {orgId, credits?, concurrency?, subConcurrency?}` (null restores the edition default)
 * and `GET /limits/:orgId` (current limits and usage), and `GET /records/:orgId/:module` (every stored
 * record as kept, for tests that prove what a run changed and what it left alone; no credits, no log).
 */
export function controlRouter(s: CrmServices, set: (orgId: string, o: LimitOverrides) => void): Router {
  const { deps, state, limits } = s;
  const r = Router();
  registerBulkControl(r, deps, s.bulk);
  registerMassChange(r, deps, state, s.dispatcher);
  registerAutomationControl(r, deps, s.automation);
  registerCustomFields(r, deps, state);
  registerUniqueField(r, deps, state);
  r.post('/limits', express.json(), (req, res) => {
    const body = parseBody(limitsSchema, req, res);
    if (!body) return;
    const { orgId, ...overrides } = body;
    if (!deps.identity.org(orgId)) {
      sendControlError(res, 404, 'ORG_NOT_FOUND', 'No org has that id.');
      return;
    }
    set(orgId, overrides);
    res.json({ ok: true });
  });
  r.get('/limits/:orgId', (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    if (!org) {
      sendControlError(res, 404, 'ORG_NOT_FOUND', 'No org has that id.');
      return;
    }
    res.json(limits.status(org, state.activeUserIds(org.id).length, deps.clock.now()));
  });
  r.get('/records/:orgId/:module', (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    const crm = org ? state.orgFor(org) : undefined;
    const module = crm?.module(req.params.module);
    if (!crm || !module) {
      sendControlError(res, 404, 'NOT_FOUND', 'No org or module has that name.');
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
