/** One logged call to the simulator (the CRM API, or the accounts server for tokens). */
export interface LoggedCall {
  method: string;
  path: string;
  /** `accounts` for the token server; absent or `api` for the CRM API. */
  host?: 'accounts' | 'api';
  /** The simulator's note: COQL `Module by Field,…`, writes `records=N`. */
  detail?: string;
}

export type CallKind = 'lookup' | 'write' | 'metadata' | 'other' | 'token';

const bareOf = (path: string) => (path.split('?')[0] ?? '').replace(/^.*?\/crm\/v\d+(\.\d+)?/, '');

/**
 * What a call was for, by method and path (not by a path pattern alone: COQL is a POST that reads).
 * Lookups: COQL, `/search`, record reads (`GET /{module}`, `/{module}/{id}`, `?ids=`). Writes: POST, PUT
 * or PATCH of records (`/{module}`, `/{module}/upsert`, `/{module}/{id}`, attachments).
 * Metadata: `/settings/*`, `/users`, `/org`. Token: any call to the accounts server (not a CRM credit).
 */
export function classifyCall({ method, path, host }: LoggedCall): CallKind {
  if (host === 'accounts') return 'token';
  const bare = bareOf(path);
  const verb = method.toUpperCase();
  if (bare === '/coql') return 'lookup';
  if (/^\/(settings|users|org)(\/|$)/.test(bare)) return 'metadata';
  if (verb === 'GET') return 'lookup';
  if (verb === 'POST' || verb === 'PUT' || verb === 'PATCH') return 'write';
  return 'other';
}

/** CRM calls per kind (token calls counted apart: they cost no CRM credit). */
export function countCalls(calls: readonly LoggedCall[]): Record<CallKind, number> {
  const counts: Record<CallKind, number> = { lookup: 0, write: 0, metadata: 0, other: 0, token: 0 };
  for (const call of calls) counts[classifyCall(call)] += 1;
  return counts;
}

const PHONE_FIELD = /phone|mobile/i;

/**
 * A finer purpose: `coql-email Leads`, `coql-phone Contacts`, `read Leads`, `upsert Leads`,
 * `insert Tasks`, `update Contacts`, `metadata settings/fields`, `token` …
 */
export function purposeOf(call: LoggedCall): string {
  const kind = classifyCall(call);
  if (kind === 'token') return 'token';
  const bare = bareOf(call.path);
  const [, first = '', second] = bare.split('/');
  if (bare === '/coql') {
    const [module = '?', fields = ''] = (call.detail ?? '').split(' by ');
    const by = /email/i.test(fields) ? 'email' : PHONE_FIELD.test(fields) ? 'phone' : 'other';
    return `coql-${by} ${module}`;
  }
  if (kind === 'metadata') return `metadata ${first}${second ? `/${second}` : ''}`;
  if (kind === 'lookup') return `${first === 'search' || second === 'search' ? 'search' : 'read'} ${first}`;
  if (kind === 'write') {
    if (second === 'upsert') return `upsert ${first}`;
    return `${call.method.toUpperCase() === 'POST' && !second ? 'insert' : 'update'} ${first}`;
  }
  return `other ${call.method} ${first}`;
}

/** Calls per purpose, most frequent first, and the records the writes of each purpose carried. */
export function callsByPurpose(calls: readonly LoggedCall[]) {
  const byPurpose = new Map<string, { calls: number; records: number }>();
  for (const call of calls) {
    const purpose = purposeOf(call);
    const entry = byPurpose.get(purpose) ?? { calls: 0, records: 0 };
    entry.calls += 1;
    entry.records += Number(/records=(\d+)/.exec(call.detail ?? '')?.[1] ?? 0);
    byPurpose.set(purpose, entry);
  }
  return [...byPurpose.entries()].sort((a, b) => b[1].calls - a[1].calls);
}
