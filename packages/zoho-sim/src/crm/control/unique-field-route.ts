import express, { type Router } from 'express';
import { z } from 'zod';
import { parseBody, sendControlError } from '../../control/validate.ts';
import type { CrmDeps } from '../../core/types.ts';
import type { CrmState } from '../store/crm-state.ts';

const uniqueSchema = z.strictObject({ unique: z.boolean() });

/**
 * `PATCH /fields/:orgId/:module/:apiName {unique}`: an admin's "Do not allow duplicate values" on a
 * field, for tests of DUPLICATE_DATA on Leads and Contacts (whose Email is not unique by default).
 * Only indexed fields (e-mail, phone, duplicate-check) can be switched: the check reads the index.
 */
export function registerUniqueField(r: Router, deps: CrmDeps, state: CrmState): void {
  r.patch('/fields/:orgId/:module/:apiName', express.json(), (req, res) => {
    const org = deps.identity.org(req.params.orgId);
    const crm = org ? state.orgFor(org) : undefined;
    const index = crm
      ? crm.modules.findIndex((m) => m.apiName === crm.module(req.params.module)?.apiName)
      : -1;
    const module = crm?.modules[index];
    const field = module?.fields.find((candidate) => candidate.apiName === req.params.apiName);
    if (!crm || !module || !field)
      return void sendControlError(res, 404, 'NOT_FOUND', 'No org, module or field has that name.');
    const body = parseBody(uniqueSchema, req, res);
    if (!body) return;
    if (!crm.store(module.apiName).isIndexed(field.apiName))
      return void sendControlError(res, 400, 'NOT_ALLOWED', 'Only an indexed field can be made unique.');
    crm.modules[index] = {
      ...module,
      fields: module.fields.map((candidate) =>
        candidate === field ? { ...field, unique: body.unique } : candidate,
      ),
    };
    crm.metaModifiedAt = deps.clock.now();
    res.json({ module: module.apiName, api_name: field.apiName, unique: body.unique });
  });
}
