import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { idsParam, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { displayName } from '../render/render-record.ts';
import type { CrmServices } from '../services.ts';
import { refId } from '../store/stored-record.ts';
import { attempt, batchStatus, MAX_BATCH, success } from '../write/batch.ts';
import { invalidData } from '../write/record-error.ts';

/** `DELETE /crm/v2/{module}?ids=…` (≤100) and `DELETE /crm/v2/{module}/{id}`; 200 / 207 / 400. */
export function deleteRecords(s: CrmServices) {
  return handle((req, res, ctx) => {
    const module = resolveModule(ctx.org, routeParam(req, 'module'));
    requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'DELETE'));
    const pathId = routeParam(req, 'id');
    const ids = pathId ? [pathId] : idsParam(req);
    if (!ids || ids.length === 0) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'ids' });
    if (ids.length > MAX_BATCH)
      throw new ZohoError('LIMIT_EXCEEDED', { limit: MAX_BATCH }, 'Record count exceeded');
    ctx.charge(1);
    const store = ctx.org.store(module.apiName);
    const deleted: string[] = [];
    const data = ids.map((id) =>
      attempt(() => {
        const seq = ctx.org.seq(id);
        const rec = seq === undefined ? undefined : store.get(seq);
        if (seq === undefined || !rec) throw invalidData({ id }, 'the id given seems to be invalid');
        const name = displayName(ctx.render, module.apiName, id) ?? null;
        store.delete(seq);
        ctx.org.deleted.push({
          module: module.apiName,
          id,
          displayName: name,
          createdBy: refId(rec.values.Created_By),
          deletedBy: ctx.auth.user.id,
          deletedAt: ctx.now,
        });
        deleted.push(id);
        return success('record deleted', { id });
      }),
    );
    res.status(batchStatus(data, 200)).json({ data });
    s.dispatcher.publish({ orgId: ctx.org.org.id, module: module.apiName, op: 'delete', ids: deleted });
  });
}
