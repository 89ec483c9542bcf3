import type { Request } from 'express';
import type { CrmDeps } from '../../core/types.ts';
import type { CrmRequestContext } from '../http/context.ts';
import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { pageParams, queryString, resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { renderRecord } from '../render/render-record.ts';
import { CriteriaParser } from '../search/criteria-parser.ts';
import { runSearch, type SearchQuery } from '../search/search-engine.ts';

export const SEARCH_CAP = 2000;

/** criteria > email > phone > word, as Zoho documents when several are sent. */
function readQuery(req: Request, module: ModuleDef): SearchQuery {
  const criteria = queryString(req, 'criteria');
  if (criteria !== undefined) {
    const parsed = new CriteriaParser(criteria).parse();
    const known = new Set(['id', ...module.fields.map((f) => f.apiName)]);
    const check = (c: typeof parsed): void => {
      if (c.kind === 'group') return c.items.forEach(check);
      if (!known.has(c.field))
        throw new ZohoError(
          'INVALID_QUERY',
          { api_name: c.field, reason: 'invalid field' },
          'invalid query formed',
        );
      if (c.op !== 'equals' && c.op !== 'starts_with') {
        throw new ZohoError(
          'INVALID_QUERY',
          { api_name: c.field, operator: c.op, reason: 'invalid operator' },
          'invalid query formed',
        );
      }
      if (c.value.length < 2)
        throw new ZohoError(
          'INVALID_DATA',
          { api_name: c.field },
          'the search value must have at least 2 characters',
        );
    };
    check(parsed);
    return { kind: 'criteria', criteria: parsed };
  }
  for (const kind of ['email', 'phone', 'word'] as const) {
    const value = queryString(req, kind);
    if (value === undefined) continue;
    if (value.trim().length < 2)
      throw new ZohoError(
        'INVALID_DATA',
        { param_name: kind },
        'the search value must have at least 2 characters',
      );
    return { kind, value };
  }
  throw new ZohoError('EXPECTED_PARAM_MISSING', { param_names: ['criteria', 'email', 'phone', 'word'] });
}

function search(deps: CrmDeps, req: Request, ctx: CrmRequestContext, module: ModuleDef): number[] {
  const q = readQuery(req, module);
  const delayMs = Math.max(0, deps.faults().searchIndexDelaySeconds) * 1000;
  const now = deps.clock.now();
  return runSearch(ctx.render, module, q, {
    limit: SEARCH_CAP + 1,
    visible: (rec) => now - rec.modifiedAt >= delayMs,
  });
}

/**
 * `GET /crm/v2/{module}/search`. Needs the module's READ scope and ZohoSearch.securesearch.READ.
 * At most 2,000 results are reachable: a page starting beyond them is LIMIT_REACHED. Nothing → 204.
 */
export function searchRecords(deps: CrmDeps) {
  return handle((req, res, ctx) => {
    const module = resolveModule(ctx.org, routeParam(req, 'module'));
    requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'), 'ZohoSearch.securesearch.READ');
    ctx.enterComplex();
    ctx.charge(1);
    const { page, perPage } = pageParams(req);
    const start = (page - 1) * perPage;
    if (start >= SEARCH_CAP)
      throw new ZohoError(
        'LIMIT_REACHED',
        { limit: SEARCH_CAP },
        'search results exceed the limit of 2000 records',
      );
    const seqs = search(deps, req, ctx, module);
    const reachable = seqs.slice(0, SEARCH_CAP);
    const slice = reachable.slice(start, start + perPage);
    if (slice.length === 0) {
      res.status(204).end();
      return;
    }
    const store = ctx.org.store(module.apiName);
    res.json({
      data: slice.map((seq) => {
        const rec = store.get(seq);
        return rec ? renderRecord(ctx.render, module, rec) : null;
      }),
      info: {
        per_page: perPage,
        count: slice.length,
        page,
        more_records: start + slice.length < seqs.length,
      },
    });
  });
}
