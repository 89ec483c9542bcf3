import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, DCS, DEMO_CLIENT, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, refreshParams, selfClient, selfClientTokens, token } from './sim-client.ts';

describe('control API: /__sim', () => {
  let sim: RunningZohoSim;
  beforeAll(async () => {
    sim = await startZohoSim({ port: 0, seed: 'demo' });
  });
  afterAll(() => sim.stop());

  it('GET /dcs lists accounts, api and web URLs for all eight DCs', async () => {
    const { body } = await control(sim, 'GET', '/dcs');
    expect(Object.keys(body)).toEqual([...DCS]);
    expect(body.eu).toEqual({
      accounts: `${sim.baseUrl}/eu/accounts`,
      api: `${sim.baseUrl}/eu/api`,
      web: `${sim.baseUrl}/eu/web`,
    });
    expect(sim.dcs.eu).toEqual(body.eu);
  });

  it('POST /clients registers clients in Zoho formats; GET /clients never shows secrets', async () => {
    const created = await control(sim, 'POST', '/clients', {
      dc: 'in',
      type: 'server',
      redirect_uris: ['https://app.example/cb'],
      multi_dc: true,
    });
    expect(created.status).toBe(201);
    expect(created.body.client_id).toMatch(/^1000\.[A-Z0-9]{30}$/);
    expect(created.body.client_secret).toMatch(/^[0-9a-f]{42}$/);
    const listed = (await control(sim, 'GET', '/clients')).body.clients as Record<string, unknown>[];
    expect(listed.find((client) => client.client_id === created.body.client_id)).toEqual({
      client_id: created.body.client_id,
      name: 'Server-based client',
      dc: 'in',
      type: 'server',
      redirect_uris: ['https://app.example/cb'],
      multi_dc: true,
    });
    expect(JSON.stringify(listed)).not.toContain(String(created.body.client_secret));
    expect((await control(sim, 'POST', '/clients', { dc: 'us', type: 'server' })).status).toBe(400);
    expect((await control(sim, 'POST', '/clients', { dc: 'uk', type: 'self' })).status).toBe(400);
  });

  it('seeds the documented multi-DC demo client', async () => {
    const listed = (await control(sim, 'GET', '/clients')).body.clients as Record<string, unknown>[];
    expect(listed).toContainEqual(
      expect.objectContaining({
        client_id: DEMO_CLIENT.id,
        dc: 'us',
        multi_dc: true,
        redirect_uris: [DEMO_CLIENT.redirectUri],
      }),
    );
  });

  it('POST /self-client validates the user, DC, scope and org', async () => {
    expect(
      (
        await control(sim, 'POST', '/self-client', {
          user_email: 'bob@acme.example',
          scope: 'ZohoCRM.modules.ALL',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await control(sim, 'POST', '/self-client', {
          user_email: 'carol@globex.example',
          dc: 'us',
          scope: 'ZohoCRM.modules.ALL',
        })
      ).status,
    ).toBe(400);
    expect(
      (await control(sim, 'POST', '/self-client', { user_email: 'alice@acme.example', scope: 'Nope.READ' }))
        .status,
    ).toBe(400);
    expect(
      (
        await control(sim, 'POST', '/self-client', {
          user_email: 'alice@acme.example',
          scope: 'ZohoCRM.modules.ALL',
          org_id: '1',
        })
      ).status,
    ).toBe(400);
    const ok = await control(sim, 'POST', '/self-client', {
      user_email: 'alice@acme.example',
      scope: ['ZohoCRM.modules.ALL'],
      org_id: ACME_ORG_ID,
    });
    expect(Object.keys(ok.body).sort()).toEqual(['client_id', 'client_secret', 'code']);
  });

  it('POST /clock moves the clock forward only', async () => {
    const before = (await control(sim, 'GET', '/clock')).body;
    const after = (await control(sim, 'POST', '/clock', { advance_seconds: 90 })).body;
    expect(Number(after.offset_seconds) - Number(before.offset_seconds)).toBe(90);
    expect((await control(sim, 'POST', '/clock', { advance_seconds: -1 })).status).toBe(400);
  });

  it('GET /requests filters by since cursor and grant type, redacts secrets; DELETE clears', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example');
    const cursor = (await control(sim, 'GET', '/requests')).body.last_seq as number;
    const query = new URLSearchParams(refreshParams(client, tokens.refresh_token));
    await fetch(`${sim.dcs.us.accounts}/oauth/v2/token?${query.toString()}`, { method: 'POST' });
    await token(sim, 'us', refreshParams(client, tokens.refresh_token), 'multipart');
    const since = (await control(sim, 'GET', `/requests?since=${cursor}&grant_type=refresh_token`)).body
      .requests as Record<string, unknown>[];
    expect(since).toHaveLength(2);
    expect(since[0]).toMatchObject({
      method: 'POST',
      status: 200,
      credits: 0,
      grantType: 'refresh_token',
      orgId: ACME_ORG_ID,
      dc: 'us',
      host: 'accounts',
    });
    const text = JSON.stringify(since);
    expect(text).not.toContain(tokens.refresh_token);
    expect(text).not.toContain(client.client_secret);
    expect((await fetch(`${sim.baseUrl}/__sim/requests`, { method: 'DELETE' })).status).toBe(204);
    expect((await control(sim, 'GET', '/requests')).body.requests).toEqual([]);
  });

  it('GET /tokens lists refresh tokens with status for a client', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'dan@acme.example');
    const listed = (await control(sim, 'GET', `/tokens?client_id=${client.client_id}`)).body.refresh_tokens;
    expect(listed).toEqual([
      expect.objectContaining({
        refresh_token: tokens.refresh_token,
        user_email: 'dan@acme.example',
        org_id: ACME_ORG_ID,
        status: 'active',
        live_access_tokens: 1,
      }),
    ]);
  });

  it('POST /generate validates and delegates to the CRM half', async () => {
    expect(
      (await control(sim, 'POST', '/generate', { org_id: ACME_ORG_ID, module: 'Leads', count: 1_000_001 }))
        .status,
    ).toBe(400);
    expect(
      (await control(sim, 'POST', '/generate', { org_id: '42', module: 'Leads', count: 1 })).status,
    ).toBe(404);
    const res = await control(sim, 'POST', '/generate', { org_id: ACME_ORG_ID, module: 'Leads', count: 3 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      org_id: ACME_ORG_ID,
      module: 'Leads',
      added: expect.any(Number) as unknown,
    });
  });

  it('answers unknown control paths and malformed JSON with the error envelope', async () => {
    expect(await control(sim, 'GET', '/nope')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    const res = await fetch(`${sim.baseUrl}/__sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('self-client codes reuse an existing self client on request', async () => {
    const first = await selfClient(sim, 'alice@acme.example');
    const second = await selfClient(sim, 'alice@acme.example', 'ZohoCRM.users.READ', {
      client_id: first.client_id,
    });
    expect(second.client_id).toBe(first.client_id);
    expect(second.code).not.toBe(first.code);
  });
});
