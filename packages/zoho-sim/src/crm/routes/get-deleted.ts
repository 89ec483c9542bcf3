import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { sendPage } from '../http/list-response.ts';
import { pageParams, queryString, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { formatZoned, parseIfModifiedSince } from '../render/format-time.ts';
import { fullName } from '../render/user-ref.ts';

/**
 * `GET /crm/v2/{module}/deleted?type=all|recycle|permanent`: API deletions sit in the recycle bin (the
 * simulator never purges it); `permanent` lists what the control API's mass delete removed for good.
 */
export const getDeleted = handle((req, res, ctx) => {
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  ctx.charge(1);
  const type = queryString(req, 'type') ?? 'all';
  if (type !== 'all' && type !== 'recycle' && type !== 'permanent')
    throw new ZohoError('INVALID_DATA', { param_name: 'type' }, 'invalid data');
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  const list = ctx.org.deleted
    .filter(
      (d) =>
        d.module === module.apiName &&
        (type === 'all' || (type === 'permanent') === (d.permanent === true)) &&
        (since === undefined || d.deletedAt >= since),
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
    type: d.permanent ? 'permanent' : 'recycle',
    created_by: who(d.createdBy),
    deleted_time: formatZoned(d.deletedAt, ctx.org.org.timeZone),
  }));
});
