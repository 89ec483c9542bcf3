import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBEX_ORG_ID, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { authorize } from './authorize-flow.ts';
import { control, token } from './sim-client.ts';

const REDIRECT = 'http://127.0.0.1:3999/callback';
const TOKEN_SHAPE = /^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/;

describe('accounts: GET /oauth/v2/auth (sign-in, org choice, consent, redirect)', () => {
  let sim: RunningZohoSim;
  let usClient: { client_id: string; client_secret: string };
  let multiClient: { client_id: string; client_secret: string };
  const flow = (clientId: string, email: string, extra: Record<string, string> = {}) =>
    authorize(sim, {
      startDc: 'us',
      clientId,
      redirectUri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      email,
      extra,
    });
  const redeem = (dc: 'us' | 'eu', client: typeof usClient, code: string) =>
    token(sim, dc, { grant_type: 'authorization_code', ...client, redirect_uri: REDIRECT, code });

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0, seed: 'demo' });
    const body = { dc: 'us', type: 'server', redirect_uris: [REDIRECT] };
    usClient = (await control(sim, 'POST', '/clients', body)).body as typeof usClient;
    multiClient = (await control(sim, 'POST', '/clients', { ...body, multi_dc: true }))
      .body as typeof usClient;
  });
  afterAll(() => sim.stop());

  it('redirects back with code, state, location and a URL-encoded accounts-server', async () => {
    const url = await flow(usClient.client_id, 'alice@acme.example', { state: 'st-123' });
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
    expect(url.searchParams.get('code')).toMatch(TOKEN_SHAPE);
    expect(url.searchParams.get('state')).toBe('st-123');
    expect(url.searchParams.get('location')).toBe('us');
    expect(url.searchParams.get('accounts-server')).toBe(sim.dcs.us.accounts);
    expect(url.search).toContain(`accounts-server=${encodeURIComponent(sim.dcs.us.accounts)}`);
  });

  it('Deny redirects with error=access_denied and the state, and no code', async () => {
    const url = await authorize(sim, {
      startDc: 'us',
      clientId: usClient.client_id,
      redirectUri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      email: 'alice@acme.example',
      decision: 'deny',
      extra: { state: 'keep-me' },
    });
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('state')).toBe('keep-me');
    expect(url.searchParams.has('code')).toBe(false);
  });

  it.each([
    ['an unknown client_id', { client_id: '1000.NOPE' }, 'Invalid client'],
    [
      'a redirect_uri that is not registered exactly',
      { redirect_uri: `${REDIRECT}/` },
      'Invalid redirect URI',
    ],
    ['response_type=token', { response_type: 'token' }, 'Invalid response type'],
    ['an empty scope', { scope: '' }, 'Invalid OAuth scope'],
    ['an unknown scope', { scope: 'ZohoCRM.modules.ALL,ZohoMail.accounts.READ' }, 'Invalid OAuth scope'],
    ['a bad access_type', { access_type: 'forever' }, 'Invalid access type'],
    [
      'a bad PKCE method',
      { code_challenge: 'a'.repeat(43), code_challenge_method: 'S512' },
      'Invalid code challenge method',
    ],
  ])('shows an error page (no redirect) for %s', async (_name, override, title) => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: usClient.client_id,
      redirect_uri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      ...override,
    });
    const res = await fetch(`${sim.dcs.us.accounts}/oauth/v2/auth?${query.toString()}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain(title);
  });

  it('accepts comma- or space-separated scopes in any case and stores them canonically', async () => {
    const url = await authorize(sim, {
      startDc: 'us',
      clientId: usClient.client_id,
      redirectUri: REDIRECT,
      scope: 'zohocrm.modules.leads.read ZohoCRM.settings.fields.READ,AaaServer.profile.Read',
      email: 'alice@acme.example',
    });
    const res = await redeem('us', usClient, url.searchParams.get('code') ?? '');
    expect(res.body.scope).toBe(
      'ZohoCRM.modules.leads.READ ZohoCRM.settings.fields.READ AaaServer.profile.READ',
    );
  });

  it('re-renders the sign-in form with an inline error for a wrong password', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: usClient.client_id,
      redirect_uri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
    });
    const page = await (await fetch(`${sim.dcs.us.accounts}/oauth/v2/auth?${query.toString()}`)).text();
    expect(page).toMatch(/<label for="email">Email address<\/label>/);
    expect(page).toMatch(/<label for="password">Password<\/label>/);
    const tx = /name="tx" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const res = await fetch(`${sim.dcs.us.accounts}/oauth/v2/auth/signin`, {
      method: 'POST',
      body: new URLSearchParams({ tx, email: 'alice@acme.example', password: 'wrong' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Incorrect email address or password.');
  });

  it('lets a user of two orgs choose one; the grant and api_domain follow the chosen org', async () => {
    const url = await authorize(sim, {
      startDc: 'us',
      clientId: usClient.client_id,
      redirectUri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      email: 'multi@consult.example',
      orgId: GLOBEX_ORG_ID,
    });
    // multi@consult.example lives in the US DC: the code is redeemed there, the API is Globex's EU host.
    expect(url.searchParams.get('location')).toBe('us');
    const res = await redeem('us', usClient, url.searchParams.get('code') ?? '');
    expect(res.body.api_domain).toBe(sim.dcs.eu.api);
  });

  it('moves a user of another DC to their DC when the client is multi-DC; only that DC redeems the code', async () => {
    const url = await flow(multiClient.client_id, 'carol@globex.example', { state: 's' });
    expect(url.searchParams.get('location')).toBe('eu');
    expect(url.searchParams.get('accounts-server')).toBe(sim.dcs.eu.accounts);
    const code = url.searchParams.get('code') ?? '';
    const wrongDc = await redeem('us', multiClient, code);
    expect(wrongDc).toEqual({ status: 200, body: { error: 'invalid_code' } });
    const rightDc = await redeem('eu', multiClient, code);
    expect(rightDc.body.api_domain).toBe(sim.dcs.eu.api);
    expect(rightDc.body.access_token).toMatch(TOKEN_SHAPE);
  });

  it('shows an error page to a user of another DC when the client is not multi-DC', async () => {
    await expect(flow(usClient.client_id, 'carol@globex.example')).rejects.toThrow('sign-in answered 400');
  });

  it('does not know a single-DC client at another DC (authorize and token calls)', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: usClient.client_id,
      redirect_uri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
    });
    const res = await fetch(`${sim.dcs.eu.accounts}/oauth/v2/auth?${query.toString()}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Invalid client');
    const tokenAtEu = await redeem('eu', usClient, '1000.x.y');
    expect(tokenAtEu).toEqual({ status: 200, body: { error: 'invalid_client' } });
  });

  it('gives a refresh token for access_type=offline on the first grant, and later only with prompt=consent', async () => {
    const client = (
      await control(sim, 'POST', '/clients', { dc: 'us', type: 'server', redirect_uris: [REDIRECT] })
    ).body as typeof usClient;
    const grant = async (extra: Record<string, string>) => {
      const url = await flow(client.client_id, 'dan@acme.example', extra);
      return (await redeem('us', client, url.searchParams.get('code') ?? '')).body;
    };
    expect(await grant({})).not.toHaveProperty('refresh_token');
    expect((await grant({ access_type: 'offline' })).refresh_token).toMatch(TOKEN_SHAPE);
    expect(await grant({ access_type: 'offline' })).not.toHaveProperty('refresh_token');
    expect((await grant({ access_type: 'offline', prompt: 'consent' })).refresh_token).toMatch(TOKEN_SHAPE);
  });
});
