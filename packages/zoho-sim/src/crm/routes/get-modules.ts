import { handle } from '../http/context.ts';
import { requireScopes } from '../http/scopes.ts';
import { parseIfModifiedSince } from '../render/format-time.ts';
import { renderModule } from '../render/render-module.ts';

/**
 * `GET /crm/v2/settings/modules`. With If-Modified-Since the SDK asks which modules changed; ours
 * change only on reset, so a later date gets 304.
 */
export const getModules = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.settings.modules.READ');
  ctx.charge(1);
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  if (since !== undefined && ctx.org.metaModifiedAt < since) {
    res.status(304).end();
    return;
  }
  res.json({ modules: ctx.org.modules.map((m) => renderModule(ctx.org, m)) });
});
