import express, { type Router } from 'express';
import type { CrmDeps } from '../../core/types.ts';
import type { BulkRunner } from './bulk-runner.ts';
import { bulkSettingsInput } from './bulk-settings.ts';

/**
 * `/__sim/crm/bulk-read`: `GET` the service settings, `POST` to merge some (per_page, max_active_jobs,
 * queued_ms, rows_per_slice, downloads_per_minute, create_credits, fail_next; reset by `/__sim/reset`),
 * `GET /bulk-read/jobs/:orgId` every job of an org with its state (no credits, no log).
 */
export function registerBulkControl(r: Router, deps: CrmDeps, bulk: BulkRunner): void {
  r.get('/bulk-read', (_req, res) => {
    res.json(bulk.settings());
  });
  r.post('/bulk-read', express.json(), (req, res) => {
    const parsed = bulkSettingsInput.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      res
        .status(400)
        .json({ error: { code: 'VALIDATION_FAILED', message: 'The request body is invalid.', issues } });
      return;
    }
    res.json(bulk.configure(parsed.data));
  });
  r.get('/bulk-read/jobs/:orgId', (req, res) => {
    if (!deps.identity.org(req.params.orgId)) {
      res.status(404).json({ error: { code: 'ORG_NOT_FOUND', message: 'No org has that id.', issues: [] } });
      return;
    }
    const jobs = bulk.list(req.params.orgId).map(({ file: _file, ...job }) => job);
    res.json({ jobs });
  });
}
