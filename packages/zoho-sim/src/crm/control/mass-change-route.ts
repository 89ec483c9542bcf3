import express, { type Router } from 'express';
import type { CrmDeps } from '../../core/types.ts';
import type { Dispatcher } from '../notifications/dispatcher.ts';
import type { CrmState } from '../store/crm-state.ts';
import { MassChangeError, massChange, massChangeInput } from './mass-change.ts';

/** Registers `POST /mass-change` (see mass-change.ts) on the CRM control router. */
export function registerMassChange(r: Router, deps: CrmDeps, state: CrmState, dispatcher: Dispatcher): void {
  r.post('/mass-change', express.json({ limit: '10mb' }), (req, res) => {
    const parsed = massChangeInput.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      res
        .status(400)
        .json({ error: { code: 'VALIDATION_FAILED', message: 'The request body is invalid.', issues } });
      return;
    }
    try {
      res.json(massChange(deps, state, dispatcher, parsed.data));
    } catch (error) {
      if (!(error instanceof MassChangeError)) throw error;
      res.status(error.status).json({ error: { code: error.code, message: error.message, issues: [] } });
    }
  });
}
