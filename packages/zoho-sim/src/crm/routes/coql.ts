import type { Predicate } from '../coql/ast.ts';
import { CoqlParser } from '../coql/parser.ts';
import { runQuery } from '../coql/run-query.ts';
import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';

/**
 * Credits by LIMIT: 1–200 → 1, 201–1000 → 2, 1001–2000 → 3
 * (https://www.zoho.com/crm/developer/docs/api/v7/COQL-Limitations.html); v2 stops at 200 (MAX_LIMIT).
 */
export function coqlCredits(limit: number): number {
  return limit <= 200 ? 1 : limit <= 1000 ? 2 : 3;
}

/** `POST /crm/v2/coql` with `{"select_query": "…"}`; no rows → 204. */
export const coql = handle((req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.coql.READ');
  const body: unknown = req.body;
  const query =
    typeof body === 'object' && body !== null ? (body as { select_query?: unknown }).select_query : undefined;
  if (typeof query !== 'string' || query.trim() === '') {
    throw new ZohoError('MANDATORY_NOT_FOUND', { api_name: 'select_query' });
  }
  const parsed = new CoqlParser(query).parse();
  (res.locals as { logDetail?: string }).logDetail =
    `${parsed.module} by ${[...whereFields(parsed.where)].join(',')}`;
  const module = ctx.org.module(parsed.module);
  if (module) requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  ctx.enterComplex();
  ctx.charge(coqlCredits(parsed.limit));
  const { rows, more } = runQuery(ctx.org, parsed);
  if (rows.length === 0) {
    res.status(204).end();
    return;
  }
  res.json({ data: rows, info: { count: rows.length, more_records: more } });
});

/** The fields a WHERE clause searches (the request log's detail: benches tell e-mail from phone lookups). */
function whereFields(where: Predicate, into = new Set<string>()): Set<string> {
  if (where.kind === 'and' || where.kind === 'or') {
    whereFields(where.left, into);
    whereFields(where.right, into);
  } else into.add(where.field);
  return into;
}
