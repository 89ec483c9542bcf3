/** One logged call to the simulator's CRM API. */
export interface LoggedCall {
  method: string;
  path: string;
}

export type CallKind = 'lookup' | 'write' | 'metadata' | 'other';

/**
 * What a CRM call was for, by method and path (not by a path pattern alone: COQL is a POST that reads).
 * Lookups: COQL, `/search`, record reads (`GET /{module}`, `/{module}/{id}`, `?ids=`). Writes: POST, PUT
 * or PATCH of records (`/{module}`, `/{module}/upsert`, `/{module}/{id}`, attachments).
 * Metadata: `/settings/*`, `/users`, `/org`.
 */
export function classifyCall({ method, path }: LoggedCall): CallKind {
  const bare = (path.split('?')[0] ?? '').replace(/^.*?\/crm\/v\d+(\.\d+)?/, '');
  const verb = method.toUpperCase();
  if (bare === '/coql') return 'lookup';
  if (/^\/(settings|users|org)(\/|$)/.test(bare)) return 'metadata';
  if (verb === 'GET') return 'lookup';
  if (verb === 'POST' || verb === 'PUT' || verb === 'PATCH') return 'write';
  return 'other';
}

/** Calls per kind. */
export function countCalls(calls: readonly LoggedCall[]): Record<CallKind, number> {
  const counts: Record<CallKind, number> = { lookup: 0, write: 0, metadata: 0, other: 0 };
  for (const call of calls) counts[classifyCall(call)] += 1;
  return counts;
}
