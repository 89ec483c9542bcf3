import type { RunningZohoSim } from '../src/index.ts';
import type { Dc } from '../src/core/dcs.ts';

export interface FlowInput {
  startDc: Dc;
  clientId: string;
  redirectUri: string;
  scope: string;
  email: string;
  password?: string;
  orgId?: string;
  decision?: 'accept' | 'deny';
  extra?: Record<string, string>;
}

const txOf = (page: string) => /name="tx" value="([^"]+)"/.exec(page)?.[1] ?? '';

async function post(sim: RunningZohoSim, path: string, form: Record<string, string>) {
  const res = await fetch(new URL(path, sim.baseUrl), {
    method: 'POST',
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
  return { res, location: res.headers.get('location') ?? '' };
}

/**
 * Drives the sign-in, org-choice and consent pages with plain HTTP (the Chromium test does the same
 * through a browser) and returns the final redirect to the client as a URL.
 */
export async function authorize(sim: RunningZohoSim, input: FlowInput): Promise<URL> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    scope: input.scope,
    ...input.extra,
  });
  const start = await fetch(`${sim.dcs[input.startDc].accounts}/oauth/v2/auth?${query.toString()}`);
  if (start.status !== 200) throw new Error(`authorize answered ${start.status}: ${await start.text()}`);
  const tx = txOf(await start.text());
  const signIn = await post(sim, `/${input.startDc}/accounts/oauth/v2/auth/signin`, {
    tx,
    email: input.email,
    password: input.password ?? 'zoho1234',
  });
  if (signIn.res.status !== 303) throw new Error(`sign-in answered ${signIn.res.status}`);
  let consentPath = signIn.location;
  if (consentPath.includes('/auth/org')) {
    const orgPath = new URL(consentPath, sim.baseUrl).pathname;
    const chosen = await post(sim, orgPath, { tx, org_id: input.orgId ?? '' });
    consentPath = chosen.location;
  }
  const consentPage = await fetch(new URL(consentPath, sim.baseUrl));
  if (consentPage.status !== 200) throw new Error(`consent page answered ${consentPage.status}`);
  const decided = await post(sim, new URL(consentPath, sim.baseUrl).pathname, {
    tx,
    decision: input.decision ?? 'accept',
  });
  if (decided.res.status !== 302) throw new Error(`consent answered ${decided.res.status}`);
  return new URL(decided.location);
}
