import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { queryString, resolveModule, routeParam } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { fieldId, renderField } from '../render/render-field.ts';

/**
 * `GET /crm/v2/settings/fields?module=` (and `/settings/fields/{id}?module=`). Every profile may read
 * field metadata: Zoho's SDKs fetch it before each record operation, for any user.
 */
export const getFields = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.settings.fields.READ');
  ctx.charge(1);
  const name = queryString(req, 'module');
  if (!name) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'module' });
  const module = resolveModule(ctx.org, name);
  const all = module.fields.map((f, i) => renderField(ctx.org, module, f, i));
  const id = routeParam(req, 'id');
  if (id === undefined) {
    res.json({ fields: all });
    return;
  }
  const index = module.fields.findIndex((_f, i) => fieldId(ctx.org, module, i) === id);
  if (index < 0) throw new ZohoError('INVALID_DATA', { id }, 'the id given seems to be invalid');
  res.json({ fields: [all[index]] });
});
