import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { authMiddleware } from '../http/auth-middleware.ts';
import { ZohoError, sendZohoError } from '../http/errors.ts';
import type { CrmServices } from '../services.ts';
import { adminOnly } from './admin-only.ts';
import { getAssignmentRules } from './assignment-rules.ts';
import { bulkRoutes } from './bulk-router.ts';
import { coql } from './coql.ts';
import { deleteRecords } from './delete-records.ts';
import { getDeleted } from './get-deleted.ts';
import { getFields } from './get-fields.ts';
import { getLayouts } from './get-layouts.ts';
import { getModule } from './get-module.ts';
import { getModules } from './get-modules.ts';
import { getOrg } from './get-org.ts';
import { getRecord } from './get-record.ts';
import { getRecords } from './get-records.ts';
import { getUser } from './get-user.ts';
import { getUsers } from './get-users.ts';
import { insertRecords } from './insert-records.ts';
import { listAttachments, uploadAttachment } from './record-attachments.ts';
import { createRecordNotes, getRecordNotes } from './record-notes.ts';
import { searchRecords } from './search-records.ts';
import { updateRecords } from './update-records.ts';
import { upsertRecords } from './upsert-records.ts';
import { disableWatch } from './watch-disable.ts';
import { enableWatch } from './watch-enable.ts';
import { listWatch } from './watch-list.ts';
import { updateWatch } from './watch-update.ts';

const wrongMethod = () => {
  throw new ZohoError('INVALID_REQUEST_METHOD');
};

function v2Routes(s: CrmServices): Router {
  const r = Router();
  const customize = adminOnly('Crm_Implied_Customize_Zoho_CRM');
  r.route('/org').get(getOrg).put(adminOnly('Crm_Implied_Manage_Company_Details')).all(wrongMethod);
  r.route('/users')
    .get(getUsers)
    .post(adminOnly('Crm_Implied_Manage_Users'))
    .put(adminOnly('Crm_Implied_Manage_Users'))
    .all(wrongMethod);
  r.route('/users/:id')
    .get(getUser)
    .put(adminOnly('Crm_Implied_Manage_Users'))
    .delete(adminOnly('Crm_Implied_Manage_Users'))
    .all(wrongMethod);
  r.route('/settings/modules').get(getModules).all(customize);
  r.route('/settings/modules/:module').get(getModule).all(customize);
  r.route('/settings/fields').get(getFields).all(customize);
  r.route('/settings/fields/:id').get(getFields).all(customize);
  r.route('/settings/layouts').get(getLayouts).all(customize);
  r.route('/settings/layouts/:id').get(getLayouts).all(customize);
  r.all(
    '/settings/*rest',
    (req, _res, next) => next(req.method === 'GET' ? new ZohoError('INVALID_URL_PATTERN') : undefined),
    customize,
  );
  r.route('/coql').post(coql).all(wrongMethod);
  r.route('/actions/watch')
    .get(listWatch(s))
    .post(enableWatch(s))
    .put(updateWatch(s, 'put'))
    .patch(updateWatch(s, 'patch'))
    .delete(disableWatch(s))
    .all(wrongMethod);
  r.all('/actions/*rest', () => {
    throw new ZohoError('INVALID_URL_PATTERN');
  });
  r.route('/:module')
    .get(getRecords)
    .post(insertRecords(s))
    .put(updateRecords(s))
    .delete(deleteRecords(s))
    .all(wrongMethod);
  r.route('/:module/search').get(searchRecords(s.deps)).all(wrongMethod);
  r.route('/:module/upsert').post(upsertRecords(s)).all(wrongMethod);
  r.route('/:module/deleted').get(getDeleted).all(wrongMethod);
  r.route('/:module/:id').get(getRecord).put(updateRecords(s)).delete(deleteRecords(s)).all(wrongMethod);
  r.route('/:module/:id/Notes').get(getRecordNotes).post(createRecordNotes(s)).all(wrongMethod);
  r.route('/:module/:id/Attachments').get(listAttachments).post(uploadAttachment).all(wrongMethod);
  return r;
}

/** Zoho answers a body it cannot parse as a whole-request INVALID_DATA. */
function bodyParsers() {
  const json = express.json({ limit: '10mb', type: () => true });
  const raw = express.raw({ limit: '25mb', type: 'multipart/form-data' });
  return (req: Request, res: Response, next: NextFunction) => {
    // Bigger than any file Zoho takes (20 MB, see FIDELITY.md) plus the multipart framing.
    if (req.is('multipart/form-data'))
      return raw(req, res, (err?: unknown) => next(err ? new ZohoError('BODY_SIZE_REACHED') : undefined));
    if (!req.headers['content-length'] && !req.headers['transfer-encoding']) return next();
    return json(req, res, (err?: unknown) =>
      next(err ? new ZohoError('INVALID_DATA', {}, 'body') : undefined),
    );
  };
}

function errorHandler(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) return;
  if (err instanceof ZohoError) return sendZohoError(res, err);
  // Express cannot decode a path segment like `%ff`: the URL matches no Zoho resource.
  if (err instanceof URIError) return sendZohoError(res, new ZohoError('INVALID_URL_PATTERN'));
  console.error('zoho-sim crm: internal error', err);
  sendZohoError(res, new ZohoError('INTERNAL_ERROR'));
}

/** The CRM router, mounted by the server at `/<dc>/api`: everything lives under `/crm/v2`. */
export function crmRouter(s: CrmServices): Router {
  const router = Router();
  const v2 = Router();
  v2.use(authMiddleware(s.deps, s.state, s.limits));
  v2.use(bodyParsers());
  v2.use(v2Routes(s));
  v2.use(() => {
    throw new ZohoError('INVALID_URL_PATTERN');
  });
  v2.use(errorHandler);
  router.use('/crm/v2', v2);
  // v2.1 adds the assignment-rules listing a v2 client needs for `lar_id`; nothing else is served there.
  const v21 = Router();
  v21.use(authMiddleware(s.deps, s.state, s.limits));
  v21.route('/settings/automation/assignment_rules').get(getAssignmentRules(s)).all(wrongMethod);
  v21.route('/settings/automation/assignment_rules/:id').get(getAssignmentRules(s)).all(wrongMethod);
  v21.use(() => {
    throw new ZohoError('INVALID_URL_PATTERN');
  });
  v21.use(errorHandler);
  router.use('/crm/v2.1', v21);
  const bulk = Router();
  bulk.use(bulkRoutes(s));
  bulk.use(errorHandler);
  router.use('/crm/bulk/v2', bulk);
  return router;
}
