import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { authMiddleware } from '../http/auth-middleware.ts';
import { ZohoError } from '../http/errors.ts';
import type { CrmServices } from '../services.ts';
import { createBulkRead, downloadBulkRead, getBulkRead } from './bulk-read.ts';

const wrongMethod = () => {
  throw new ZohoError('INVALID_REQUEST_METHOD');
};

/** The Bulk Read create call takes JSON only (415 otherwise), and an empty body is its own error. */
function jsonBody() {
  const json = express.json({ limit: '1mb', type: () => true });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.headers['content-length'] && !req.headers['transfer-encoding'])
      return next(new ZohoError('REQUEST_BODY_IS_EMPTY'));
    if (!req.is('application/json')) return next(new ZohoError('MEDIA_TYPE_NOT_SUPPORTED'));
    return json(req, res, (err?: unknown) =>
      next(err ? new ZohoError('REQUEST_BODY_NOT_READABLE') : undefined),
    );
  };
}

/** `/crm/bulk/v2/read…`, authenticated and limited like every CRM call. */
export function bulkRoutes(s: CrmServices): Router {
  const r = Router();
  r.use(authMiddleware(s.deps, s.state, s.limits));
  r.route('/read').post(jsonBody(), createBulkRead(s)).all(wrongMethod);
  r.route('/read/:jobId').get(getBulkRead(s)).all(wrongMethod);
  r.route('/read/:jobId/result').get(downloadBulkRead(s)).all(wrongMethod);
  r.use(() => {
    throw new ZohoError('INVALID_URL_PATTERN');
  });
  return r;
}
