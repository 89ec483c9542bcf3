import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { routeParam } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { renderUser } from '../render/render-user.ts';

/** `GET /crm/v2/users/{id}`: a user of the token's org; anything else is an invalid id. */
export const getUser = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.users.READ');
  ctx.charge(1);
  const user = ctx.users.get(routeParam(req, 'id') ?? '');
  if (!user) throw new ZohoError('INVALID_DATA', {}, 'the id given seems to be invalid');
  res.json({ users: [renderUser(ctx.org, user, ctx.now)] });
});
