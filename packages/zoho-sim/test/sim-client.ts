import type { RunningZohoSim } from '../src/index.ts';
import type { Dc } from '../src/core/dcs.ts';

export type Json = Record<string, unknown>;
export type BodyKind = 'query' | 'urlencoded' | 'multipart';

/** Calls a `/__sim` control endpoint and returns status and parsed JSON. */
export async function control(sim: RunningZohoSim, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.baseUrl}/__sim${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as Json };
}

/** POSTs token-endpoint style parameters the three ways real clients do. */
export async function postParams(url: string, params: Record<string, string>, kind: BodyKind = 'urlencoded') {
  if (kind === 'query') return fetch(`${url}?${new URLSearchParams(params).toString()}`, { method: 'POST' });
  if (kind === 'urlencoded') return fetch(url, { method: 'POST', body: new URLSearchParams(params) });
  const form = new FormData();
  for (const [key, value] of Object.entries(params)) form.append(key, value);
  return fetch(url, { method: 'POST', body: form });
}

export async function token(
  sim: RunningZohoSim,
  dc: Dc,
  params: Record<string, string>,
  kind: BodyKind = 'urlencoded',
) {
  const res = await postParams(`${sim.dcs[dc].accounts}/oauth/v2/token`, params, kind);
  return { status: res.status, body: (await res.json()) as Json };
}

export interface SelfClient {
  client_id: string;
  client_secret: string;
  code: string;
}

export async function selfClient(
  sim: RunningZohoSim,
  userEmail: string,
  scope = 'ZohoCRM.modules.ALL',
  extra: Json = {},
) {
  const res = await control(sim, 'POST', '/self-client', { user_email: userEmail, scope, ...extra });
  if (res.status !== 201) throw new Error(`self-client failed: ${JSON.stringify(res.body)}`);
  return res.body as unknown as SelfClient;
}

/** A self client's code redeemed at its DC: the quickest way to a refresh token. */
export async function selfClientTokens(
  sim: RunningZohoSim,
  userEmail: string,
  dc: Dc = 'us',
  scope?: string,
) {
  const client = await selfClient(sim, userEmail, scope);
  const res = await token(sim, dc, {
    grant_type: 'authorization_code',
    client_id: client.client_id,
    client_secret: client.client_secret,
    code: client.code,
  });
  return { client, tokens: res.body as { access_token: string; refresh_token: string; api_domain: string } };
}

export function refreshParams(client: { client_id: string; client_secret: string }, refreshToken: string) {
  return {
    grant_type: 'refresh_token',
    client_id: client.client_id,
    client_secret: client.client_secret,
    refresh_token: refreshToken,
  };
}
