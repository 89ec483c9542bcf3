import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, postParams, refreshParams, selfClient, selfClientTokens, token } from './sim-client.ts';

const PROFILE_SCOPE = 'ZohoCRM.modules.ALL,AaaServer.profile.READ';

describe('accounts: token caps and revocation', () => {
  let sim: RunningZohoSim;
  /** An access token's liveness, probed through the accounts server's own profile endpoint. */
  const alive = async (accessToken: string) =>
    (
      await fetch(`${sim.dcs.us.accounts}/oauth/user/info`, {
        headers: { Authorization: `Zoho-oauthtoken ${accessToken}` },
      })
    ).status === 200;

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(() => sim.stop());

  it('the 21st refresh token of a user for a client evicts the oldest and its access tokens', async () => {
    const first = await selfClient(sim, 'alice@acme.example', PROFILE_SCOPE);
    const redeem = async (code: string) =>
      (
        await token(sim, 'us', {
          grant_type: 'authorization_code',
          client_id: first.client_id,
          client_secret: first.client_secret,
          code,
        })
      ).body;
    const oldest = await redeem(first.code);
    // Zoho issues at most 10 codes per client and 10 refresh tokens per user and client per 10 minutes.
    const pastIssueWindow = () => control(sim, 'POST', '/clock', { advance_seconds: 600 });
    for (let i = 0; i < 19; i += 1) {
      if ((i + 1) % 10 === 0) await pastIssueWindow();
      await redeem(
        (await selfClient(sim, 'alice@acme.example', PROFILE_SCOPE, { client_id: first.client_id })).code,
      );
    }
    expect(await alive(oldest.access_token as string)).toBe(true);
    await pastIssueWindow();
    await redeem(
      (await selfClient(sim, 'alice@acme.example', PROFILE_SCOPE, { client_id: first.client_id })).code,
    );
    expect((await token(sim, 'us', refreshParams(first, oldest.refresh_token as string))).body).toEqual({
      error: 'invalid_code',
    });
    expect(await alive(oldest.access_token as string)).toBe(false);
    const listed = (await control(sim, 'GET', `/tokens?client_id=${first.client_id}`)).body
      .refresh_tokens as { status: string }[];
    expect(listed.filter((rt) => rt.status === 'active')).toHaveLength(20);
    expect(listed.filter((rt) => rt.status === 'evicted')).toHaveLength(1);
  });

  it('keeps at most 15 live access tokens per refresh token (the 16th deletes the oldest)', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'dan@acme.example', 'us', PROFILE_SCOPE);
    const minted: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      if (i === 10) await control(sim, 'POST', '/clock', { advance_seconds: 600 });
      minted.push(
        (await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body.access_token as string,
      );
    }
    expect(await alive(tokens.access_token)).toBe(false);
    expect(await alive(minted[0] ?? '')).toBe(true);
  });

  it('classic revoke (query string, and form-data like the SDK) kills the refresh token and its access tokens', async () => {
    for (const kind of ['query', 'multipart'] as const) {
      const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', PROFILE_SCOPE);
      const res = await postParams(
        `${sim.dcs.us.accounts}/oauth/v2/token/revoke`,
        { token: tokens.refresh_token },
        kind,
      );
      expect(await res.json()).toEqual({ status: 'success' });
      expect((await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body).toEqual({
        error: 'invalid_code',
      });
      expect(await alive(tokens.access_token)).toBe(false);
      const again = await postParams(
        `${sim.dcs.us.accounts}/oauth/v2/token/revoke`,
        { token: tokens.refresh_token },
        kind,
      );
      expect(again.status).toBe(400);
    }
  });

  it('newer revoke endpoint: Basic client credentials and token_type', async () => {
    const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', PROFILE_SCOPE);
    const basic = `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`;
    const revoke = (params: Record<string, string>, auth = basic) =>
      fetch(`${sim.dcs.us.accounts}/oauth/v2/revoke/token?${new URLSearchParams(params).toString()}`, {
        method: 'POST',
        headers: { Authorization: auth },
      });
    expect(
      (await revoke({ token: tokens.access_token, token_type: 'access_token' }, 'Basic eDp5')).status,
    ).toBe(401);
    expect((await revoke({ token: tokens.access_token, token_type: 'refresh_token' })).status).toBe(400);
    expect(await (await revoke({ token: tokens.access_token, token_type: 'access_token' })).json()).toEqual({
      status: 'success',
    });
    expect(await alive(tokens.access_token)).toBe(false);
    expect((await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body).toHaveProperty(
      'access_token',
    );
  });

  it('POST /__sim/revoke-refresh-tokens revokes by user or by token; the fault revokes all refreshes', async () => {
    const a = await selfClientTokens(sim, 'carol@globex.example', 'eu');
    const b = await selfClientTokens(sim, 'carol@globex.example', 'eu');
    expect(
      (await control(sim, 'POST', '/revoke-refresh-tokens', { refresh_token: a.tokens.refresh_token })).body,
    ).toEqual({ revoked: 1 });
    expect((await token(sim, 'eu', refreshParams(a.client, a.tokens.refresh_token))).body).toEqual({
      error: 'invalid_code',
    });
    await control(sim, 'POST', '/faults', { refresh_tokens_revoked: true });
    expect((await token(sim, 'eu', refreshParams(b.client, b.tokens.refresh_token))).body).toEqual({
      error: 'invalid_code',
    });
    await control(sim, 'DELETE', '/faults');
    expect((await token(sim, 'eu', refreshParams(b.client, b.tokens.refresh_token))).body).toHaveProperty(
      'access_token',
    );
    expect(
      (await control(sim, 'POST', '/revoke-refresh-tokens', { user_email: 'carol@globex.example' })).body,
    ).toEqual({ revoked: 1 });
    expect((await token(sim, 'eu', refreshParams(b.client, b.tokens.refresh_token))).body).toEqual({
      error: 'invalid_code',
    });
  });

  it('access tokens expire after an hour of sim time', async () => {
    const { tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', PROFILE_SCOPE);
    await control(sim, 'POST', '/clock', { advance_seconds: 3599 });
    expect(await alive(tokens.access_token)).toBe(true);
    await control(sim, 'POST', '/clock', { advance_seconds: 1 });
    expect(await alive(tokens.access_token)).toBe(false);
  });
});
