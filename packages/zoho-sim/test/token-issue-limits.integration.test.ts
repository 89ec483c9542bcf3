import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { authorize } from './authorize-flow.ts';
import { control, type SelfClient, selfClient, token } from './sim-client.ts';

const REDIRECT = 'https://app.example/callback';
const TOO_MANY = 'You have made too many requests continuously. Please try again after some time.';

describe('accounts: how fast Zoho issues grant codes and refresh tokens', () => {
  let sim: RunningZohoSim;
  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(() => sim.stop());

  const serverClient = async () =>
    (await control(sim, 'POST', '/clients', { dc: 'us', type: 'server', redirect_uris: [REDIRECT] }))
      .body as { client_id: string; client_secret: string };
  const consent = (clientId: string, email = 'alice@acme.example', decision: 'accept' | 'deny' = 'accept') =>
    authorize(sim, {
      startDc: 'us',
      clientId,
      redirectUri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      email,
      decision,
      extra: { access_type: 'offline', prompt: 'consent', state: 's1' },
    });
  const advance = (seconds: number) => control(sim, 'POST', '/clock', { advance_seconds: seconds });

  it('the 11th grant code of a client within 10 minutes is access_denied; after the window it is issued again', async () => {
    const client = await serverClient();
    // Refusals do not use up the budget: only issued codes count.
    expect((await consent(client.client_id, 'alice@acme.example', 'deny')).searchParams.get('error')).toBe(
      'access_denied',
    );
    for (let i = 0; i < 10; i += 1) {
      // Several users share the client (the platform's system client): the cap is per client, not per user.
      const email = i % 2 === 0 ? 'alice@acme.example' : 'dan@acme.example';
      expect((await consent(client.client_id, email)).searchParams.get('code')).toBeTruthy();
    }
    const refused = await consent(client.client_id, 'zoho-admin@acme.example');
    expect(refused.searchParams.get('code')).toBeNull();
    expect(refused.searchParams.get('error')).toBe('access_denied');
    expect(refused.searchParams.get('error_description')).toBe(TOO_MANY);
    expect(refused.searchParams.get('state')).toBe('s1');
    // Another client is not affected.
    expect((await consent((await serverClient()).client_id)).searchParams.get('code')).toBeTruthy();
    // The simulator clock also runs in real time; a few seconds of slack keeps a loaded machine inside the window.
    await advance(590);
    expect((await consent(client.client_id)).searchParams.get('error')).toBe('access_denied');
    await advance(12);
    expect((await consent(client.client_id)).searchParams.get('code')).toBeTruthy();
  });

  it('the console refuses an 11th self-client code for the same client within 10 minutes', async () => {
    const first = await selfClient(sim, 'carol@globex.example');
    for (let i = 0; i < 9; i += 1)
      await selfClient(sim, 'carol@globex.example', undefined, { client_id: first.client_id });
    const refused = await control(sim, 'POST', '/self-client', {
      user_email: 'carol@globex.example',
      scope: 'ZohoCRM.modules.ALL',
      client_id: first.client_id,
    });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'ACCESS_DENIED' } });
    await advance(601);
    expect(
      (await selfClient(sim, 'carol@globex.example', undefined, { client_id: first.client_id })).code,
    ).toBeTruthy();
  });

  describe('refresh tokens per user and client', () => {
    let limited: RunningZohoSim;
    // A wider grant-code cap isolates the refresh-token cap (both count the same 10 minutes).
    beforeAll(async () => {
      limited = await startZohoSim({ port: 0, limits: { grantCodesPerClientPerWindow: 100 } });
    });
    afterAll(() => limited.stop());

    const code = async (client: SelfClient | undefined, email: string) =>
      (
        await control(limited, 'POST', '/self-client', {
          user_email: email,
          scope: 'ZohoCRM.modules.ALL',
          ...(client ? { client_id: client.client_id } : {}),
        })
      ).body as unknown as SelfClient;
    const redeem = async (client: SelfClient, grant: string) =>
      (
        await token(limited, 'us', {
          grant_type: 'authorization_code',
          client_id: client.client_id,
          client_secret: client.client_secret,
          code: grant,
        })
      ).body;

    it('the 11th refresh token within 10 minutes answers "Access Denied" (HTTP 200) and keeps the code', async () => {
      const client = await code(undefined, 'alice@acme.example');
      expect(await redeem(client, client.code)).toHaveProperty('refresh_token');
      for (let i = 0; i < 9; i += 1)
        expect(await redeem(client, (await code(client, 'alice@acme.example')).code)).toHaveProperty(
          'refresh_token',
        );
      const eleventh = await code(client, 'alice@acme.example');
      const refused = await token(limited, 'us', {
        grant_type: 'authorization_code',
        client_id: client.client_id,
        client_secret: client.client_secret,
        code: eleventh.code,
      });
      expect(refused.status).toBe(200);
      expect(refused.body).toEqual({ error: 'Access Denied', error_description: TOO_MANY });
      // Per user: another user of the same client still gets one.
      expect(await redeem(client, (await code(client, 'dan@acme.example')).code)).toHaveProperty(
        'refresh_token',
      );
      await control(limited, 'POST', '/clock', { advance_seconds: 120 });
      expect(await redeem(client, eleventh.code)).toEqual({
        error: 'Access Denied',
        error_description: TOO_MANY,
      });
      // The refused code was kept (still "Access Denied", not invalid_code); the window slides from the first issue.
      await control(limited, 'POST', '/clock', { advance_seconds: 481 });
      const later = await code(client, 'alice@acme.example');
      expect(await redeem(client, later.code)).toHaveProperty('refresh_token');
    });
  });
});
