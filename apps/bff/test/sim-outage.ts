import { request } from 'node:http';
import type { RunningZohoSim } from '@cxc/zoho-sim';

/**
 * A control call on a connection of its own. While the simulator is down it resets every pooled socket
 * that carried a Zoho call, and this process shares fetch's pool with the BFF under test: a control call
 * on such a socket could fail before the pool has noticed the reset.
 */
export function simControl<T>(sim: RunningZohoSim, method: string, path: string, body?: unknown): Promise<T> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<T>((resolve, reject) => {
    const req = request(
      `${sim.baseUrl}/__sim${path}`,
      {
        method,
        agent: false,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.once('end', () => {
          if ((res.statusCode ?? 0) >= 400)
            reject(new Error(`simulator ${method} ${path}: ${res.statusCode} ${text}`));
          else resolve((text === '' ? undefined : JSON.parse(text)) as T);
        });
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

/** Takes the whole simulator down for `ms` of real time; returns when it comes back (epoch ms). */
export async function takeSimDown(sim: RunningZohoSim, ms: number): Promise<number> {
  const settings = await simControl<{ down_until: string | null }>(sim, 'POST', '/faults', {
    down_for_ms: ms,
  });
  if (settings.down_until === null) throw new Error('the simulator did not go down');
  return Date.parse(settings.down_until);
}

export async function simIsDown(sim: RunningZohoSim): Promise<boolean> {
  return (await simControl<{ down_until: string | null }>(sim, 'GET', '/faults')).down_until !== null;
}

export interface LoggedCall {
  seq: number;
  at: string;
  method: string;
  path: string;
  status: number;
  host: 'accounts' | 'api';
  grantType?: string;
}

/** Every accounts and API call the simulator logged after the `since` cursor (status 0: connection reset). */
export async function simCallsSince(sim: RunningZohoSim, since: number): Promise<LoggedCall[]> {
  return (await simControl<{ requests: LoggedCall[] }>(sim, 'GET', `/requests?since=${since}`)).requests;
}

export async function simLastSeq(sim: RunningZohoSim): Promise<number> {
  return (await simControl<{ last_seq: number }>(sim, 'GET', '/requests?host=api')).last_seq;
}

/** An access token of the simulator's own (a self client), to inspect the CRM without our Zoho client. */
export async function simInspectorToken(sim: RunningZohoSim, userEmail: string): Promise<string> {
  const grant = await simControl<{ client_id: string; client_secret: string; code: string }>(
    sim,
    'POST',
    '/self-client',
    { user_email: userEmail, scope: ['ZohoCRM.modules.ALL', 'ZohoCRM.coql.READ'] },
  );
  const response = await fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', ...grant }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error('the simulator refused the self-client code');
  return body.access_token;
}

/**
 * Texts of `field` on every record of `module` (US DC) that contain `fragment`. COQL refuses multi-line
 * fields such as Description in WHERE, so every record is read (pages of 200) and filtered here.
 */
export async function simFieldValues(
  sim: RunningZohoSim,
  token: string,
  module: string,
  field: string,
  fragment: string,
): Promise<string[]> {
  const texts: string[] = [];
  for (let offset = 0; offset < 10_000; offset += 200) {
    const response = await fetch(`${sim.dcs.us.api}/crm/v2/coql`, {
      method: 'POST',
      headers: { authorization: `Zoho-oauthtoken ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        select_query: `select ${field} from ${module} where id is not null limit ${offset}, 200`,
      }),
    });
    if (response.status === 204) break;
    const body = (await response.json()) as {
      data?: Record<string, unknown>[];
      info?: { more_records?: boolean };
    };
    if (!body.data) throw new Error(`COQL on ${module}: ${response.status} ${JSON.stringify(body)}`);
    for (const row of body.data) {
      const text = row[field];
      if (typeof text === 'string' && text.includes(fragment)) texts.push(text);
    }
    if (!body.info?.more_records) break;
  }
  return texts;
}
