import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken } from '../src/crm/test-support/sim-session.ts';
import { ACME_ORG_ID, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { latencyFromEnv } from '../src/latency/latency.ts';
import { control, refreshParams, selfClientTokens, token } from './sim-client.ts';

const ADMIN = 'zoho-admin@acme.example';

/** Polls the org's in-flight counter until it equals `want` (bounded; no timing is asserted). */
async function waitInFlight(sim: RunningZohoSim, want: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { body } = await control(sim, 'GET', `/crm/limits/${ACME_ORG_ID}`);
    if (body.inFlight === want) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`inFlight never reached ${want}`);
}

describe('latency: Zoho round trip held on every answer', () => {
  let sim: RunningZohoSim;
  let bearer: string;
  const org = (init: RequestInit = {}) =>
    fetch(`${sim.dcs.us.api}/crm/v2/org`, {
      ...init,
      headers: { Authorization: `Zoho-oauthtoken ${bearer}` },
    });

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0, latencyMs: 1_500 });
    bearer = await accessToken(sim, ADMIN);
  });
  afterAll(() => sim.stop());

  it('starts with the option given and shows it on GET /__sim/latency', async () => {
    expect((await control(sim, 'GET', '/latency')).body).toEqual({ api_ms: 1_500, accounts_ms: 0 });
  });

  it('keeps the concurrency slot while the answer is held, so the limit applies as at Zoho', async () => {
    await control(sim, 'POST', '/crm/limits', { orgId: ACME_ORG_ID, concurrency: 1 });
    try {
      const first = org();
      await waitInFlight(sim, 1);
      const second = await org();
      expect(second.status).toBe(429);
      expect(((await second.json()) as { code: string }).code).toBe('TOO_MANY_REQUESTS');
      const answered = await first;
      expect(answered.status).toBe(200);
      expect(answered.headers.get('x-sim-latency-ms')).toBe('1500');
      await waitInFlight(sim, 0);
    } finally {
      await control(sim, 'POST', '/crm/limits', { orgId: ACME_ORG_ID, concurrency: null });
    }
  });

  it('frees the slot when the client gives up during the hold', async () => {
    const abort = new AbortController();
    const pending = org({ signal: abort.signal }).catch((error: unknown) => error);
    await waitInFlight(sim, 1);
    abort.abort();
    expect(await pending).toBeInstanceOf(Error);
    await waitInFlight(sim, 0);
  });

  it('changes at run time, holds token answers when asked, and outlives fault clears and resets', async () => {
    const set = await control(sim, 'POST', '/latency', { api_ms: 0, accounts_ms: 50 });
    expect(set.body).toEqual({ api_ms: 0, accounts_ms: 50 });
    expect((await org()).headers.get('x-sim-latency-ms')).toBeNull();
    await control(sim, 'DELETE', '/faults');
    await control(sim, 'POST', '/reset', {});
    expect((await control(sim, 'GET', '/latency')).body).toEqual({ api_ms: 0, accounts_ms: 50 });
    const { client, tokens } = await selfClientTokens(sim, ADMIN);
    const res = await fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, {
      method: 'POST',
      body: new URLSearchParams(refreshParams(client, tokens.refresh_token)),
    });
    expect(res.headers.get('x-sim-latency-ms')).toBe('50');
    expect(((await res.json()) as { access_token?: string }).access_token).toBeTruthy();
    const page = await fetch(`${sim.dcs.us.accounts}/oauth/v2/auth`);
    expect(page.headers.get('x-sim-latency-ms')).toBeNull();
    await control(sim, 'POST', '/latency', { accounts_ms: 0 });
    expect((await token(sim, 'us', { grant_type: 'refresh_token' })).body.error).toBeDefined();
  });

  it('refuses settings that are not whole milliseconds within two minutes', async () => {
    for (const body of [{ api_ms: -1 }, { api_ms: 1.5 }, { api_ms: 120_001 }, { ms: 5 }, { api_ms: '9' }]) {
      const res = await control(sim, 'POST', '/latency', body);
      expect(res.status).toBe(400);
      expect((res.body.error as { code: string }).code).toBe('VALIDATION_FAILED');
    }
  });

  it('reads ZOHO_SIM_LATENCY_MS and ZOHO_SIM_ACCOUNTS_LATENCY_MS, refusing nonsense', () => {
    expect(latencyFromEnv({ ZOHO_SIM_LATENCY_MS: '150', ZOHO_SIM_ACCOUNTS_LATENCY_MS: '' })).toEqual({
      api_ms: 150,
    });
    expect(latencyFromEnv({})).toEqual({});
    expect(() => latencyFromEnv({ ZOHO_SIM_LATENCY_MS: 'fast' })).toThrow(/ZOHO_SIM_LATENCY_MS/);
  });
});
