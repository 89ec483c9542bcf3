import type { RunningZohoSim } from '../../index.ts';
import type { Dc } from '../../core/dcs.ts';

export type Json = Record<string, unknown>;
type RawBody = string | FormData | Uint8Array;

export interface CrmResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body; `undefined` for an empty body (204, 304). */
  body: Json | undefined;
  text: string;
}

/** A thin HTTP client for the simulator's CRM API, authenticated like Zoho's clients are. */
export class CrmClient {
  constructor(
    private readonly sim: RunningZohoSim,
    readonly token: string | undefined,
    private readonly dc: Dc = 'us',
  ) {}

  get apiBase(): string {
    return `${this.sim.dcs[this.dc].api}/crm/v2`;
  }

  async call(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; rawBody?: RawBody } = {},
  ): Promise<CrmResponse> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.token !== undefined) headers.authorization = `Zoho-oauthtoken ${this.token}`;
    let body: RawBody | undefined = init.rawBody;
    if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const res = await fetch(`${this.apiBase}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text === '' ? undefined : (JSON.parse(text) as Json),
      text,
    };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.call('GET', path, headers ? { headers } : {});
  }

  post(path: string, body: unknown) {
    return this.call('POST', path, { body });
  }

  put(path: string, body: unknown) {
    return this.call('PUT', path, { body });
  }

  delete(path: string) {
    return this.call('DELETE', path);
  }
}

/** `/__sim/*` control calls (JSON in, JSON out). */
export async function simControl(
  sim: RunningZohoSim,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${sim.baseUrl}/__sim${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as Json };
}
