import { request, Agent } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessToken } from '../src/crm/test-support/sim-session.ts';
import { ACME_ORG_ID, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control } from './sim-client.ts';

/** The `code` of a failed fetch's cause (undici wraps socket errors in "fetch failed"). */
async function networkError(call: Promise<Response>): Promise<string> {
  try {
    const response = await call;
    return `HTTP ${response.status}`;
  } catch (error) {
    return String((error as { cause?: { code?: unknown } }).cause?.code);
  }
}

describe('faults: down_for_ms makes the simulator unreachable', () => {
  let sim: RunningZohoSim;
  let token: string;
  const apiCall = (init: RequestInit = {}) =>
    fetch(`${sim.dcs.us.api}/crm/v2/Leads`, {
      ...init,
      headers: { authorization: `Zoho-oauthtoken ${token}`, 'content-type': 'application/json' },
    });
  const createLead = (lastName: string) =>
    apiCall({ method: 'POST', body: JSON.stringify({ data: [{ Last_Name: lastName }] }) });
  const leadCount = async () => {
    const { orgs } = (await control(sim, 'GET', '/orgs')).body as {
      orgs: { id: string; counts: Record<string, number> }[];
    };
    return orgs.find((org) => org.id === ACME_ORG_ID)?.counts.Leads;
  };

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
    token = await accessToken(sim, 'zoho-admin@acme.example');
  });
  afterEach(async () => {
    await control(sim, 'DELETE', '/faults');
  });
  afterAll(() => sim.stop());

  it('resets API, accounts and page connections; the control API answers; the state survives', async () => {
    expect((await createLead('Before Outage')).status).toBe(201);
    const leads = await leadCount();
    const set = await control(sim, 'POST', '/faults', { down_for_ms: 120_000 });
    expect(set.status).toBe(200);
    expect(Date.parse(set.body.down_until as string)).toBeGreaterThan(Date.now());

    expect(await networkError(createLead('During Outage'))).toBe('ECONNRESET');
    expect(await networkError(fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, { method: 'POST' }))).toBe(
      'ECONNRESET',
    );
    expect(await networkError(fetch(`${sim.baseUrl}/`))).toBe('ECONNRESET');
    expect((await control(sim, 'GET', '/faults')).body.down_until).toBe(set.body.down_until);
    expect(await leadCount()).toBe(leads);

    const refused = (await control(sim, 'GET', '/requests?host=api')).body.requests as {
      method: string;
      status: number;
    }[];
    expect(refused.at(-1)).toMatchObject({ method: 'POST', status: 0 });

    const lifted = await control(sim, 'POST', '/faults', { down_for_ms: 0 });
    expect(lifted.body.down_until).toBeNull();
    expect((await apiCall()).status).toBe(200);
    expect(await leadCount()).toBe(leads);
  });

  it('cuts an idle keep-alive socket the moment the outage starts', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const socket = await new Promise<Socket>((resolve, reject) => {
      const req = request(`${sim.dcs.us.api}/crm/v2/org`, { agent }, (res) => {
        res.resume();
        res.once('end', () => resolve(req.socket as Socket));
      });
      req.once('error', reject);
      req.end();
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(socket.destroyed).toBe(false);
    await control(sim, 'POST', '/faults', { down_for_ms: 120_000 });
    await closed;
    agent.destroy();
  });

  it('cuts a call in flight', async () => {
    await control(sim, 'POST', '/faults', { latency_ms: 60_000 });
    const slow = networkError(apiCall());
    await control(sim, 'POST', '/faults', { down_for_ms: 120_000 });
    expect(await slow).toBe('ECONNRESET');
  });

  it('ends by itself after the duration; DELETE and reset lift it early', async () => {
    await control(sim, 'POST', '/faults', { down_for_ms: 300 });
    for (;;) {
      const { down_until: until } = (await control(sim, 'GET', '/faults')).body;
      if (until === null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await apiCall()).status).toBe(200);

    await control(sim, 'POST', '/faults', { down_for_ms: 120_000 });
    expect((await control(sim, 'DELETE', '/faults')).body.down_until).toBeNull();
    expect((await apiCall()).status).toBe(200);

    await control(sim, 'POST', '/faults', { down_for_ms: 120_000 });
    await control(sim, 'POST', '/reset', {});
    expect((await control(sim, 'GET', '/faults')).body.down_until).toBeNull();
    token = await accessToken(sim, 'zoho-admin@acme.example');
    expect((await apiCall()).status).toBe(200);
  });

  it('rejects a negative or fractional duration', async () => {
    expect((await control(sim, 'POST', '/faults', { down_for_ms: -1 })).status).toBe(400);
    expect((await control(sim, 'POST', '/faults', { down_for_ms: 1.5 })).status).toBe(400);
    expect((await control(sim, 'GET', '/faults')).body.down_until).toBeNull();
  });
});
