import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { sendPage } from '../http/list-response.ts';
import { fieldsParam, idsParam, pageParams, queryString, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { parseIfModifiedSince } from '../render/format-time.ts';
import { renderRecord } from '../render/render-record.ts';
import { listSeqs } from '../store/list-records.ts';

/**
 * `GET /crm/v2/{module}`: page/per_page, sort_by (any field; default id) and sort_order (default desc),
 * fields, ids, If-Modified-Since (304 when nothing changed). `cvid` is accepted and ignored: the
 * simulator has no custom views, so every view is "all records".
 */
export const getRecords = handle((req, res, ctx) => {
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  const sortBy = queryString(req, 'sort_by') ?? 'id';
  if (sortBy !== 'id' && !module.fields.some((f) => f.apiName === sortBy)) {
    throw new ZohoError('INVALID_DATA', { param_name: 'sort_by' }, 'invalid data');
  }
  if (queryString(req, 'sort_by') !== undefined || queryString(req, 'cvid') !== undefined) ctx.enterComplex();
  ctx.charge(1);
  const { page, perPage } = pageParams(req);
  const since = parseIfModifiedSince(req.get('if-modified-since'));
  const ids = idsParam(req);
  if (ids && ids.length > 100)
    throw new ZohoError('LIMIT_EXCEEDED', { param_name: 'ids', maximum_length: 100 });
  const idSet = ids
    ? new Set(ids.map((id) => ctx.org.seq(id)).filter((seq) => seq !== undefined))
    : undefined;
  const converted = queryString(req, 'converted');
  const store = ctx.org.store(module.apiName);
  // No simulated lead is ever converted.
  const seqs =
    converted === 'true'
      ? []
      : listSeqs(store, {
          sortBy,
          desc: (queryString(req, 'sort_order') ?? 'desc').toLowerCase() !== 'asc',
          since,
          only: idSet,
        });
  if (seqs.length === 0 && since !== undefined) {
    res.status(304).end();
    return;
  }
  const only = fieldsParam(req, module);
  sendPage(res, 'data', seqs, page, perPage, (seq) => {
    const rec = store.get(seq);
    return rec ? renderRecord(ctx.render, module, rec, only) : null;
  });
});
