import type { Router } from 'express';
import type { SimContext } from '../server/sim-context.ts';
import { queryParams } from '../accounts/query.ts';

/**
 * `GET /__sim/requests?since=<seq|ISO time>&grant_type=&host=accounts|api&dc=` lists recent calls to
 * accounts and API hosts; `last_seq` is the cursor for the next `since`. `DELETE` empties the log.
 */
export function registerRequestRoutes(router: Router, ctx: SimContext): void {
  router.get('/requests', (req, res) => {
    const q = queryParams(req);
    const host = q.host === 'accounts' || q.host === 'api' ? q.host : undefined;
    const requests = ctx.log.list({
      ...(q.since === undefined ? {} : { since: q.since }),
      ...(q.grant_type === undefined ? {} : { grantType: q.grant_type }),
      ...(host === undefined ? {} : { host }),
      ...(q.dc === undefined ? {} : { dc: q.dc }),
    });
    res.json({ requests, last_seq: ctx.log.lastSeq() });
  });
  router.delete('/requests', (_req, res) => {
    ctx.log.clear();
    res.status(204).end();
  });
}
