import { handle } from '../http/context.ts';
import { resolveModule, routeParam } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { renderModuleDetail } from '../render/render-module.ts';

/** `GET /crm/v2/settings/modules/{api_name}`. */
export const getModule = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.settings.modules.READ');
  ctx.charge(1);
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  res.json({ modules: [renderModuleDetail(ctx.org, module)] });
});
