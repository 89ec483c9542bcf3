import { handle } from '../http/context.ts';
import { sendPage } from '../http/list-response.ts';
import { pageParams, queryString, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { formatZoned, parseIfModifiedSince } from '../render/format-time.ts';
import { fullName } from '../render/user-ref.ts';

/**
 * `GET /crm/v2/{module}/deleted?type=all|recycle|permanent`: deleted records sit in the recycle bin
 * (the simulator never purges), so `permanent` is always empty.
 */
export const getDeleted = handle((req, res, ctx) => {
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  ctx.charge(1);
  const type = queryString(req, 'type') ?? 'all';
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  const list = ctx.org.deleted
    .filter(
      (d) =>
        d.module === module.apiName && type !== 'permanent' && (since === undefined || d.deletedAt >= since),
    )
    .reverse();
  const { page, perPage } = pageParams(req);
  const who = (id: string | undefined) => {
    const u = id ? ctx.users.get(id) : undefined;
    return id ? { name: u ? fullName(u) : null, id } : null;
  };
  sendPage(res, 'data', list, page, perPage, (d) => ({
    deleted_by: who(d.deletedBy),
    id: d.id,
    display_name: d.displayName,
    type: 'recycle',
    created_by: who(d.createdBy),
    deleted_time: formatZoned(d.deletedAt, ctx.org.org.timeZone),
  }));
});
