import express, { type Router } from 'express';
import type { CrmDeps } from '../../core/types.ts';
import type { Automation } from './automation.ts';
import { orgAutomationSchema } from './automation-config.ts';

const notFound = { error: { code: 'ORG_NOT_FOUND', message: 'No org has that id.', issues: [] } };

/**
 * `/__sim/crm/automation/:orgId`: `GET` the org's workflow rules, approvals, blueprints and Lead
 * assignment rules, `PUT` to replace them (reset by `/__sim/reset`); `GET …/fired?record_id=` lists
 * which of them each write set off (with its `trigger` list and `lar_id`), `DELETE …/fired` clears it.
 */
export function registerAutomationControl(r: Router, deps: CrmDeps, automation: Automation): void {
  r.get('/automation/:orgId', (req, res) => {
    if (!deps.identity.org(req.params.orgId)) return void res.status(404).json(notFound);
    res.json(automation.config(req.params.orgId));
  });
  r.put('/automation/:orgId', express.json({ limit: '1mb' }), (req, res) => {
    if (!deps.identity.org(req.params.orgId)) return void res.status(404).json(notFound);
    const parsed = orgAutomationSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      res
        .status(400)
        .json({ error: { code: 'VALIDATION_FAILED', message: 'The request body is invalid.', issues } });
      return;
    }
    automation.replace(req.params.orgId, parsed.data);
    res.json(parsed.data);
  });
  r.get('/automation/:orgId/fired', (req, res) => {
    if (!deps.identity.org(req.params.orgId)) return void res.status(404).json(notFound);
    const recordId = typeof req.query.record_id === 'string' ? req.query.record_id : undefined;
    res.json({ fired: automation.fired(req.params.orgId, recordId) });
  });
  r.delete('/automation/:orgId/fired', (req, res) => {
    automation.clearFired(req.params.orgId);
    res.status(204).end();
  });
}
