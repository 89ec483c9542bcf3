import { handle } from '../http/context.ts';
import { fieldsParam, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { parseIfModifiedSince } from '../render/format-time.ts';
import { renderRecord } from '../render/render-record.ts';

/** `GET /crm/v2/{module}/{id}`: `{data:[record]}`; an unknown or deleted id is 204 (no content). */
export const getRecord = handle((req, res, ctx) => {
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  ctx.charge(1);
  const rec = ctx.org.record(module.apiName, routeParam(req, 'id') ?? '');
  if (!rec) {
    res.status(204).end();
    return;
  }
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  if (since !== undefined && rec.modifiedAt < since) {
    res.status(304).end();
    return;
  }
  res.json({ data: [renderRecord(ctx.render, module, rec, fieldsParam(req, module))] });
});
