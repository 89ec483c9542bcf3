import express, { type Router } from 'express';
import { z } from 'zod';
import { parseBody, sendControlError } from '../../control/validate.ts';
import type { CrmDeps } from '../../core/types.ts';
import { f, type FieldDef } from '../metadata/field-def.ts';
import type { CrmState } from '../store/crm-state.ts';
import type { OrgCrm } from '../store/org-crm.ts';

const addFieldSchema = z.strictObject({
  api_name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,49}$/),
  field_label: z.string().min(1).max(50).optional(),
  data_type: z.enum(['text', 'textarea', 'picklist']).default('text'),
  pick_list_values: z.array(z.string().min(1).max(120)).max(200).optional(),
});

/** What an admin does in Zoho's Setup → Modules and Fields, for tests: only custom fields come and go. */
function customField(input: z.infer<typeof addFieldSchema>): FieldDef {
  const label = input.field_label ?? input.api_name;
  if (input.data_type === 'picklist')
    return f.pick(input.api_name, label, input.pick_list_values ?? [], { custom: true });
  if (input.data_type === 'textarea') return f.area(input.api_name, label, { custom: true });
  return f.text(input.api_name, label, { custom: true });
}

/**
 * `POST /fields/:orgId/:module` adds a custom field; `DELETE /fields/:orgId/:module/:apiName` deletes
 * one (a standard field cannot be deleted, as in Zoho). A deleted field leaves `/settings/fields`
 * and the records as read (they render the module's fields), and a later write that still names it is refused (see FIDELITY.md).
 */
export function registerCustomFields(r: Router, deps: CrmDeps, state: CrmState): void {
  const target = (orgId: string, moduleName: string): { crm: OrgCrm; index: number } | undefined => {
    const org = deps.identity.org(orgId);
    const crm = org ? state.orgFor(org) : undefined;
    const index = crm ? crm.modules.findIndex((m) => m.apiName === crm.module(moduleName)?.apiName) : -1;
    return crm && index >= 0 ? { crm, index } : undefined;
  };
  r.post('/fields/:orgId/:module', express.json(), (req, res) => {
    const found = target(req.params.orgId, req.params.module);
    if (!found) return void sendControlError(res, 404, 'NOT_FOUND', 'No org or module has that name.');
    const body = parseBody(addFieldSchema, req, res);
    if (!body) return;
    const module = found.crm.modules[found.index];
    if (!module) return;
    if (module.fields.some((field) => field.apiName.toLowerCase() === body.api_name.toLowerCase()))
      return void sendControlError(res, 409, 'DUPLICATE_DATA', 'The module already has that field.');
    found.crm.modules[found.index] = { ...module, fields: [...module.fields, customField(body)] };
    found.crm.deletedFields.get(module.apiName)?.delete(body.api_name);
    found.crm.metaModifiedAt = deps.clock.now();
    res.status(201).json({ module: module.apiName, api_name: body.api_name });
  });
  r.delete('/fields/:orgId/:module/:apiName', (req, res) => {
    const found = target(req.params.orgId, req.params.module);
    const module = found ? found.crm.modules[found.index] : undefined;
    const field = module?.fields.find((candidate) => candidate.apiName === req.params.apiName);
    if (!found || !module || !field)
      return void sendControlError(res, 404, 'NOT_FOUND', 'No org, module or field has that name.');
    if (!field.custom)
      return void sendControlError(res, 400, 'NOT_ALLOWED', 'Only a custom field can be deleted.');
    found.crm.modules[found.index] = {
      ...module,
      fields: module.fields.filter((candidate) => candidate !== field),
    };
    const deleted = found.crm.deletedFields.get(module.apiName) ?? new Set<string>();
    found.crm.deletedFields.set(module.apiName, deleted.add(field.apiName));
    found.crm.metaModifiedAt = deps.clock.now();
    res.status(204).end();
  });
}
