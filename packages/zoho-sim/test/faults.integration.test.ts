import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, selfClient, selfClientTokens, token } from './sim-client.ts';

describe('faults: POST/DELETE /__sim/faults', () => {
  let sim: RunningZohoSim;
  const tokenCall = () => fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, { method: 'POST' });
  const apiCall = (dc: 'us' | 'eu' = 'us') => fetch(`${sim.dcs[dc].api}/crm/v2/org`);

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterEach(async () => {
    await control(sim, 'DELETE', '/faults');
  });
  afterAll(() => sim.stop());

  it('outage: accounts and API hosts answer 503; control API and pages keep working', async () => {
    await control(sim, 'POST', '/faults', { outage: true });
    expect((await tokenCall()).status).toBe(503);
    expect((await apiCall()).status).toBe(503);
    expect((await fetch(`${sim.baseUrl}/`)).status).toBe(200);
    expect((await control(sim, 'GET', '/faults')).body.outage).toBe(true);
    await control(sim, 'DELETE', '/faults');
    expect((await tokenCall()).status).toBe(200);
  });

  it('outage with outage_mode "reset" drops the connection', async () => {
    await control(sim, 'POST', '/faults', { outage: true, outage_mode: 'reset' });
    await expect(apiCall()).rejects.toThrow();
    const logged = (await control(sim, 'GET', '/requests?host=api')).body.requests as { status: number }[];
    expect(logged.at(-1)?.status).toBe(0);
  });

  it("error_rate_500: 1 fails every call, with Zoho's API error body on the API host", async () => {
    await control(sim, 'POST', '/faults', { error_rate_500: 1 });
    const api = await apiCall();
    expect(api.status).toBe(500);
    expect(await api.json()).toEqual({
      code: 'INTERNAL_ERROR',
      details: {},
      message: 'Internal Server Error',
      status: 'error',
    });
    expect((await tokenCall()).status).toBe(500);
  });

  it('error_rate_429: 1 answers TOO_MANY_REQUESTS on the API and the throttle wording on accounts', async () => {
    await control(sim, 'POST', '/faults', { error_rate_429: 1 });
    const api = await apiCall();
    expect(api.status).toBe(429);
    expect(await api.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 'error' });
    const accounts = await tokenCall();
    expect(accounts.status).toBe(429);
    expect(await accounts.json()).toMatchObject({ error: 'Access Denied' });
  });

  it('fail_next: exactly the next N matching calls fail', async () => {
    await control(sim, 'POST', '/faults', { fail_next: 2, fail_next_status: 429 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await tokenCall()).status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('fractional error rates give the same pass/fail sequence every time they are set', async () => {
    const run = async () => {
      await control(sim, 'POST', '/faults', { error_rate_500: 0.5 });
      const statuses = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await tokenCall()).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('answer_delay_ms: the write is applied at once, its answer arrives only later', async () => {
    const { tokens } = await selfClientTokens(sim, 'zoho-admin@acme.example');
    const leads = async () =>
      ((await control(sim, 'GET', '/orgs')).body.orgs as { counts: Record<string, number> }[])
        .map((org) => org.counts.Leads ?? 0)
        .reduce((a, b) => a + b, 0);
    const before = await leads();
    await control(sim, 'POST', '/faults', { answer_delay_ms: 400, target: 'api' });
    let answered = false;
    const write = fetch(`${tokens.api_domain}/crm/v2/Leads`, {
      method: 'POST',
      headers: {
        authorization: `Zoho-oauthtoken ${tokens.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ data: [{ Last_Name: 'Applied Before Answered' }] }),
    }).then((res) => {
      answered = true;
      return res;
    });
    while ((await leads()) === before) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    expect((await write).status).toBe(201);
  });

  it('latency is applied and announced in a header', async () => {
    await control(sim, 'POST', '/faults', { latency_ms: 25 });
    const res = await tokenCall();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sim-injected-latency-ms')).toBe('25');
    expect((await fetch(`${sim.baseUrl}/__sim/dcs`)).headers.get('x-sim-injected-latency-ms')).toBeNull();
  });

  it('target and dc narrow where faults apply', async () => {
    await control(sim, 'POST', '/faults', { outage: true, target: 'api', dc: 'eu' });
    expect((await apiCall('eu')).status).toBe(503);
    expect((await apiCall('us')).status).not.toBe(503);
    expect((await tokenCall()).status).toBe(200);
  });

  it('faulted calls are logged and a failed token call can be retried', async () => {
    const client = await selfClient(sim, 'alice@acme.example');
    await control(sim, 'DELETE', '/requests');
    await control(sim, 'POST', '/faults', { fail_next: 1 });
    const params = { grant_type: 'authorization_code', ...client };
    const first = await fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, {
      method: 'POST',
      body: new URLSearchParams(params),
    });
    expect(first.status).toBe(500);
    expect((await token(sim, 'us', params)).body).toHaveProperty('access_token');
    const logged = (await control(sim, 'GET', '/requests?grant_type=authorization_code')).body.requests as {
      status: number;
    }[];
    expect(logged.map((entry) => entry.status)).toEqual([500, 200]);
  });

  it('rejects unknown fault fields and keeps search_index_delay_seconds for the CRM half', async () => {
    expect((await control(sim, 'POST', '/faults', { error_rate_503: 1 })).status).toBe(400);
    expect((await control(sim, 'POST', '/faults', { error_rate_500: 2 })).status).toBe(400);
    const set = await control(sim, 'POST', '/faults', { search_index_delay_seconds: 30 });
    expect(set.body.search_index_delay_seconds).toBe(30);
  });
});
