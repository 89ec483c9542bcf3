import { PLATFORM_CUSTOMERS_PATH } from '@cxc/shared/api/customer-api';
import { type RequestHandler, Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { listPlatformCustomers } from '../../customer-data/platform/list-platform-customers.ts';
import { shedLoad } from '../../middleware/shed-load.ts';

/** Requests in flight per pool connection before the list sheds load (503): each holds one for a short read. */
const QUEUE_PER_CONNECTION = 2;

/**
 * The platform's customer list: authenticated by an API key, not a session (no cookie, no CSRF), so it
 * lives outside the route registry like the event intake. Errors go to the one error handler (envelope).
 */
export function platformCustomersRouter(deps: AppDeps): Router {
  const router = Router();
  const list: RequestHandler = async (req, res) => {
    const page = await listPlatformCustomers(deps, {
      authorization: req.get('authorization'),
      query: req.query,
    });
    res.set('cache-control', 'no-store').json(page);
  };
  router.get(PLATFORM_CUSTOMERS_PATH, shedLoad((deps.pool.options.max ?? 10) * QUEUE_PER_CONNECTION), list);
  return router;
}
