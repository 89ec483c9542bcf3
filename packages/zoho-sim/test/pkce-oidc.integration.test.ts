import { createHash, createPublicKey, createVerify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { authorize } from './authorize-flow.ts';
import { control, token } from './sim-client.ts';

const REDIRECT = 'http://127.0.0.1:3999/cb';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const S256 = createHash('sha256').update(VERIFIER).digest('base64url');

describe('accounts: PKCE and OpenID Connect', () => {
  let sim: RunningZohoSim;
  let client: { client_id: string; client_secret: string };
  const codeFor = async (scope: string, extra: Record<string, string>) => {
    const url = await authorize(sim, {
      startDc: 'us',
      clientId: client.client_id,
      redirectUri: REDIRECT,
      scope,
      email: 'alice@acme.example',
      extra,
    });
    return url.searchParams.get('code') ?? '';
  };
  const redeem = (code: string, extra: Record<string, string> = {}) =>
    token(sim, 'us', { grant_type: 'authorization_code', ...client, redirect_uri: REDIRECT, code, ...extra });

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
    client = (await control(sim, 'POST', '/clients', { dc: 'us', type: 'server', redirect_uris: [REDIRECT] }))
      .body as typeof client;
  });
  afterAll(() => sim.stop());

  it('S256: a challenged code needs the matching verifier', async () => {
    const code = await codeFor('ZohoCRM.modules.ALL', {
      code_challenge: S256,
      code_challenge_method: 'S256',
    });
    expect((await redeem(code)).body).toEqual({ error: 'invalid_code' });
    expect((await redeem(code, { code_verifier: `${VERIFIER}x` })).body).toEqual({ error: 'invalid_code' });
    expect((await redeem(code, { code_verifier: VERIFIER })).body).toHaveProperty('access_token');
  });

  it('plain: the verifier equals the challenge; no challenge means no verifier is needed', async () => {
    const plain = await codeFor('ZohoCRM.modules.ALL', { code_challenge: VERIFIER });
    expect((await redeem(plain, { code_verifier: VERIFIER })).body).toHaveProperty('access_token');
    const none = await codeFor('ZohoCRM.modules.ALL', {});
    expect((await redeem(none)).body).toHaveProperty('access_token');
  });

  it('serves discovery, JWKS and serverinfo per DC', async () => {
    const discovery = (await (
      await fetch(`${sim.dcs.eu.accounts}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(sim.dcs.eu.accounts);
    expect(discovery.token_endpoint).toBe(`${sim.dcs.eu.accounts}/oauth/v2/token`);
    expect(discovery.code_challenge_methods_supported).toEqual(['plain', 'S256']);
    const serverinfo = (await (await fetch(`${sim.dcs.us.accounts}/oauth/serverinfo`)).json()) as Record<
      string,
      unknown
    >;
    expect(serverinfo).toMatchObject({
      result: 'success',
      locations: { us: sim.dcs.us.accounts, ca: sim.dcs.ca.accounts },
    });
  });

  it('returns an RS256 id_token for scope=email that verifies against the JWKS, and userinfo', async () => {
    const code = await codeFor('openid,email,profile,ZohoCRM.modules.ALL', { nonce: 'n-1' });
    const body = (await redeem(code)).body as { id_token: string; access_token: string };
    const [header = '', payload = '', signature = ''] = body.id_token.split('.');
    const jwks = (await (await fetch(`${sim.dcs.us.accounts}/oauth/v2/keys`)).json()) as {
      keys: JsonWebKey[];
    };
    const key = createPublicKey({ key: jwks.keys[0] ?? {}, format: 'jwk' });
    const valid = createVerify('RSA-SHA256')
      .update(`${header}.${payload}`)
      .verify(key, Buffer.from(signature, 'base64url'));
    expect(valid).toBe(true);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: sim.dcs.us.accounts,
      aud: client.client_id,
      email: 'alice@acme.example',
      nonce: 'n-1',
    });
    const info = await fetch(`${sim.dcs.us.accounts}/oauth/v2/userinfo`, {
      headers: { Authorization: `Bearer ${body.access_token}` },
    });
    expect(await info.json()).toMatchObject({
      email: 'alice@acme.example',
      first_name: 'Alice',
      sub: claims.sub,
    });
  });

  it('answers the legacy /oauth/user/info with AaaServer.profile.READ only', async () => {
    const withProfile = (await redeem(await codeFor('AaaServer.profile.READ', {}))).body
      .access_token as string;
    const res = await fetch(`${sim.dcs.us.accounts}/oauth/user/info`, {
      headers: { Authorization: `Zoho-oauthtoken ${withProfile}` },
    });
    expect(await res.json()).toMatchObject({
      Email: 'alice@acme.example',
      First_Name: 'Alice',
      Last_Name: 'Archer',
    });
    const without = (await redeem(await codeFor('ZohoCRM.modules.ALL', {}))).body.access_token as string;
    const denied = await fetch(`${sim.dcs.us.accounts}/oauth/user/info`, {
      headers: { Authorization: `Zoho-oauthtoken ${without}` },
    });
    expect(denied.status).toBe(401);
  });
});
