import { handle } from '../http/context.ts';
import { sendPage } from '../http/list-response.ts';
import { pageParams, queryString } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { parseIfModifiedSince } from '../render/format-time.ts';
import { renderUser } from '../render/render-user.ts';
import { filterUsers } from './user-filters.ts';

/** `GET /crm/v2/users?type=…`; `type` defaults to AllUsers. */
export const getUsers = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.users.READ');
  ctx.charge(1);
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  if (since !== undefined && ctx.org.metaModifiedAt < since) {
    res.status(304).end();
    return;
  }
  const { page, perPage } = pageParams(req);
  const users = filterUsers(
    [...ctx.users.values()],
    ctx.org.org.id,
    queryString(req, 'type') ?? 'AllUsers',
    ctx.auth.user,
  );
  sendPage(res, 'users', users, page, perPage, (u) => renderUser(ctx.org, u, ctx.now));
});
