import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { queryString, resolveModule, routeParam } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { layoutId, renderLayout } from '../render/render-layout.ts';

/**
 * `GET /crm/v2/settings/layouts?module=` (and `/settings/layouts/{id}?module=`). Scope
 * `ZohoCRM.settings.layouts.READ` (or `settings.layouts.ALL`, `settings.ALL`, and `settings.READ` by
 * the prefix rule). Notes is not on Zoho's list of modules with layouts: INVALID_MODULE (assumed code).
 */
export const getLayouts = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.settings.layouts.READ');
  ctx.charge(1);
  const name = queryString(req, 'module');
  if (!name) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'module' });
  const module = resolveModule(ctx.org, name);
  if (module.apiName === 'Notes') throw new ZohoError('INVALID_MODULE', { resource_path_index: 0 });
  const id = routeParam(req, 'id');
  if (id !== undefined && id !== layoutId(ctx.org, module))
    throw new ZohoError('INVALID_DATA', { id }, 'the id given seems to be invalid');
  res.json({ layouts: [renderLayout(ctx.org, module)] });
});
