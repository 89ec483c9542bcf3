import { type RunningZohoSim, startZohoSim } from '../../index.ts';
import type { Dc } from '../../core/dcs.ts';

export const ALL_SCOPES = [
  'ZohoCRM.modules.ALL',
  'ZohoCRM.settings.ALL',
  'ZohoCRM.users.ALL',
  'ZohoCRM.org.ALL',
  'ZohoCRM.coql.READ',
  'ZohoCRM.notifications.ALL',
  'ZohoSearch.securesearch.READ',
].join(',');

export interface SelfClientGrant {
  client_id: string;
  client_secret: string;
  code: string;
}

/** `POST /__sim/self-client`: a self client and a grant code for a demo user. */
export async function selfClientGrant(
  sim: RunningZohoSim,
  email: string,
  scope = ALL_SCOPES,
  orgId?: string,
): Promise<SelfClientGrant> {
  const res = await fetch(`${sim.baseUrl}/__sim/self-client`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_email: email, scope, ...(orgId ? { org_id: orgId } : {}) }),
  });
  if (res.status !== 201) throw new Error(`self-client failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as SelfClientGrant;
}

/** A real access token from the simulator's accounts server (self-client code redeemed at its DC). */
export async function accessToken(
  sim: RunningZohoSim,
  email: string,
  opts: { dc?: Dc; scope?: string; orgId?: string } = {},
): Promise<string> {
  const grant = await selfClientGrant(sim, email, opts.scope, opts.orgId);
  const res = await fetch(`${sim.dcs[opts.dc ?? 'us'].accounts}/oauth/v2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: grant.client_id,
      client_secret: grant.client_secret,
      code: grant.code,
    }),
  });
  const body = (await res.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`token exchange failed: ${body.error ?? res.status}`);
  return body.access_token;
}

export async function startSim(seed = 'demo'): Promise<RunningZohoSim> {
  return startZohoSim({ port: 0, seed });
}
