import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { authorize } from './authorize-flow.ts';
import { type BodyKind, control, refreshParams, selfClient, selfClientTokens, token } from './sim-client.ts';

const TOKEN_SHAPE = /^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/;
const REDIRECT = 'http://127.0.0.1:3999/token-cb';

describe('accounts: POST /oauth/v2/token', () => {
  let sim: RunningZohoSim;
  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(() => sim.stop());

  it.each<BodyKind>(['query', 'urlencoded', 'multipart'])(
    'redeems a self-client code sent as %s',
    async (kind) => {
      const client = await selfClient(sim, 'alice@acme.example', 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL');
      const params = {
        grant_type: 'authorization_code',
        client_id: client.client_id,
        client_secret: client.client_secret,
        code: client.code,
      };
      const res = await token(sim, 'us', params, kind);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        access_token: expect.stringMatching(TOKEN_SHAPE) as unknown,
        refresh_token: expect.stringMatching(TOKEN_SHAPE) as unknown,
        scope: 'ZohoCRM.modules.ALL ZohoCRM.settings.ALL',
        api_domain: sim.dcs.us.api,
        token_type: 'Bearer',
        expires_in: 3600,
      });
    },
  );

  it('accepts client credentials as HTTP Basic', async () => {
    const client = await selfClient(sim, 'alice@acme.example');
    const res = await fetch(`${sim.dcs.us.accounts}/oauth/v2/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: client.code }),
    });
    expect(await res.json()).toHaveProperty('refresh_token');
  });

  it('answers every failure with HTTP 200 and an error key', async () => {
    const client = await selfClient(sim, 'alice@acme.example');
    const base = {
      grant_type: 'authorization_code',
      client_id: client.client_id,
      client_secret: client.client_secret,
      code: client.code,
    };
    expect(await token(sim, 'us', { ...base, client_id: '1000.UNKNOWN' })).toEqual({
      status: 200,
      body: { error: 'invalid_client' },
    });
    expect(await token(sim, 'us', { ...base, client_secret: 'nope' })).toEqual({
      status: 200,
      body: { error: 'invalid_client_secret' },
    });
    expect(await token(sim, 'us', { ...base, code: '1000.abc.def' })).toEqual({
      status: 200,
      body: { error: 'invalid_code' },
    });
    expect(await token(sim, 'us', { ...base, grant_type: 'password' })).toEqual({
      status: 200,
      body: { error: 'unsupported_grant_type' },
    });
    // The self client is registered in the US DC only.
    expect(await token(sim, 'eu', base)).toEqual({ status: 200, body: { error: 'invalid_client' } });
  });

  it('checks the redirect URI of redirect-flow codes exactly (invalid_redirect_uri)', async () => {
    const client = (
      await control(sim, 'POST', '/clients', { dc: 'us', type: 'server', redirect_uris: [REDIRECT] })
    ).body as Record<string, string>;
    const url = await authorize(sim, {
      startDc: 'us',
      clientId: client.client_id ?? '',
      redirectUri: REDIRECT,
      scope: 'ZohoCRM.modules.ALL',
      email: 'alice@acme.example',
    });
    const params = {
      grant_type: 'authorization_code',
      client_id: client.client_id ?? '',
      client_secret: client.client_secret ?? '',
      code: url.searchParams.get('code') ?? '',
    };
    expect((await token(sim, 'us', { ...params, redirect_uri: `${REDIRECT}?x=1` })).body).toEqual({
      error: 'invalid_redirect_uri',
    });
    expect((await token(sim, 'us', params)).body).toEqual({ error: 'invalid_redirect_uri' });
    expect((await token(sim, 'us', { ...params, redirect_uri: REDIRECT })).body).toHaveProperty(
      'access_token',
    );
  });

  it('makes codes single-use', async () => {
    const client = await selfClient(sim, 'alice@acme.example');
    const params = {
      grant_type: 'authorization_code',
      client_id: client.client_id,
      client_secret: client.client_secret,
      code: client.code,
    };
    expect((await token(sim, 'us', params)).body).toHaveProperty('access_token');
    expect(await token(sim, 'us', params)).toEqual({ status: 200, body: { error: 'invalid_code' } });
  });

  it('expires redirect-flow codes after 2 minutes and self-client codes after 3 (sim clock)', async () => {
    const client = (
      await control(sim, 'POST', '/clients', { dc: 'us', type: 'server', redirect_uris: [REDIRECT] })
    ).body as Record<string, string>;
    const webCode = async () =>
      (
        await authorize(sim, {
          startDc: 'us',
          clientId: client.client_id ?? '',
          redirectUri: REDIRECT,
          scope: 'ZohoCRM.modules.ALL',
          email: 'dan@acme.example',
        })
      ).searchParams.get('code') ?? '';
    const redeemWeb = (code: string) =>
      token(sim, 'us', {
        grant_type: 'authorization_code',
        client_id: client.client_id ?? '',
        client_secret: client.client_secret ?? '',
        redirect_uri: REDIRECT,
        code,
      });
    const fresh = await webCode();
    const stale = await webCode();
    const self = await selfClient(sim, 'dan@acme.example');
    await control(sim, 'POST', '/clock', { advance_seconds: 119 });
    expect((await redeemWeb(fresh)).body).toHaveProperty('access_token');
    await control(sim, 'POST', '/clock', { advance_seconds: 2 });
    expect((await redeemWeb(stale)).body).toEqual({ error: 'invalid_code' });
    const selfParams = {
      grant_type: 'authorization_code',
      client_id: self.client_id,
      client_secret: self.client_secret,
      code: self.code,
    };
    expect((await token(sim, 'us', selfParams)).body).toHaveProperty('access_token');
    const late = await selfClient(sim, 'dan@acme.example', 'ZohoCRM.modules.ALL', {
      client_id: self.client_id,
    });
    await control(sim, 'POST', '/clock', { advance_seconds: 181 });
    expect((await token(sim, 'us', { ...selfParams, code: late.code })).body).toEqual({
      error: 'invalid_code',
    });
  });

  it('refresh: a new access token and no refresh_token in the response', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example');
    const res = await token(sim, 'us', refreshParams(client, tokens.refresh_token), 'multipart');
    expect(res.body).toEqual({
      access_token: expect.stringMatching(TOKEN_SHAPE) as unknown,
      scope: 'ZohoCRM.modules.ALL',
      api_domain: sim.dcs.us.api,
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(res.body.access_token).not.toBe(tokens.access_token);
  });

  it('refresh: wrong client, wrong DC or unknown token is invalid_code', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example');
    const other = await selfClient(sim, 'alice@acme.example');
    expect((await token(sim, 'us', refreshParams(other, tokens.refresh_token))).body).toEqual({
      error: 'invalid_code',
    });
    expect((await token(sim, 'us', refreshParams(client, '1000.0.0'))).body).toEqual({
      error: 'invalid_code',
    });
    const multi = (await control(sim, 'POST', '/clients', { dc: 'us', type: 'self', multi_dc: true }))
      .body as Record<string, string>;
    const code = await selfClient(sim, 'alice@acme.example', 'ZohoCRM.modules.ALL', {
      client_id: multi.client_id,
    });
    const minted = await token(sim, 'us', { grant_type: 'authorization_code', ...code });
    const rt = minted.body.refresh_token as string;
    expect((await token(sim, 'eu', refreshParams(code, rt))).body).toEqual({ error: 'invalid_code' });
  });

  it('throttles the 11th refresh within 10 minutes with "Access Denied" (HTTP 200), then recovers', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'dan@acme.example');
    for (let i = 0; i < 10; i += 1) {
      expect((await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body).toHaveProperty(
        'access_token',
      );
    }
    expect(await token(sim, 'us', refreshParams(client, tokens.refresh_token))).toEqual({
      status: 200,
      body: {
        error: 'Access Denied',
        error_description: 'You have made too many requests continuously. Please try again after some time.',
      },
    });
    await control(sim, 'POST', '/clock', { advance_seconds: 600 });
    expect((await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body).toHaveProperty(
      'access_token',
    );
  });

  it('supports client_credentials for self clients with soid=ZohoCRM.<org id>', async () => {
    const client = await selfClient(sim, 'zoho-admin@acme.example');
    const base = {
      grant_type: 'client_credentials',
      client_id: client.client_id,
      client_secret: client.client_secret,
      scope: 'ZohoCRM.modules.ALL',
    };
    const res = await token(sim, 'us', { ...base, soid: `ZohoCRM.${ACME_ORG_ID}` });
    expect(res.body).toMatchObject({ api_domain: sim.dcs.us.api, expires_in: 3600 });
    expect(res.body).not.toHaveProperty('refresh_token');
    expect((await token(sim, 'us', { ...base, soid: 'ZohoCRM.1' })).body).toEqual({
      error: 'invalid_request',
    });
  });
});
