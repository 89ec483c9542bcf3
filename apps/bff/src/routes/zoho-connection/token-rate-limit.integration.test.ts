import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInClient } from '../../../test/sign-in.ts';
import { startStackWithAdmins } from '../../../test/sim-stack-admins.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import { api, authorizeAgain, authorizeCustom, visitCallback, withQuery } from '../../../test/zoho-flow.ts';
import { registerSimClient, sim, simSelfClientCode, simUrl } from '../../../test/zoho-sim-control.ts';

// Zoho issues at most 10 sign-ins (grant codes) per client and 10 refresh tokens per user and client
// every 10 minutes, then answers access_denied / "Access Denied". The console must not read that as a
// declined consent or a bad code, and must say when to try again.

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  ({ stack, acme, globex } = await startStackWithAdmins());
});
afterAll(() => stack.stop());

const minutesFromNow = (iso: string | undefined) => (new Date(iso ?? '').getTime() - Date.now()) / 60_000;
describe("Zoho's cap on sign-ins per client", () => {
  it('the 11th sign-in within 10 minutes is explained as the cap, with the time to try again', async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    for (let i = 0; i < 10; i += 1) {
      const { callbackUrl } = await authorizeCustom(stack, acme, {
        dataCenterId: 'sim-us',
        ...client,
        email: 'zoho-admin@acme.example',
      });
      // Abandoned sign-ins (the popup closed before the callback) still spent a code at Zoho.
      expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();
    }
    const { callbackUrl } = await authorizeAgain(stack, acme, { email: 'alice@acme.example' });
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    const visit = await visitCallback(acme, callbackUrl);
    expect(visit.message.outcome).toBe('error');
    expect(visit.message.error?.code).toBe('token_rate_limited');
    expect(visit.message.error?.message).toContain('Zoho limits how many sign-ins one client can issue');
    expect(visit.message.error?.message).not.toContain('Access was not granted');
    // Nothing of ours was counted, so the whole window is the honest answer.
    const wait = minutesFromNow(visit.message.error?.params.retryAt);
    expect(wait).toBeGreaterThan(9.5);
    expect(wait).toBeLessThanOrEqual(10);
    expect(visit.html).toContain('Zoho limits how many sign-ins');
  });

  it('a declined consent stays a refusal; a bare access_denied after 10 codes of ours is the cap', async () => {
    const client = await registerSimClient(stack, { dc: 'eu' });
    const denied = await authorizeCustom(stack, globex, {
      dataCenterId: 'sim-eu',
      ...client,
      email: 'zoho-admin@globex.example',
      decision: 'deny',
    });
    expect((await visitCallback(globex, denied.callbackUrl)).message.error?.code).toBe('access_denied');
    // Ten codes of ours in the last five minutes: Zoho's bare access_denied can only be the cap.
    const now = Date.now();
    await stack.pool.query(
      `insert into zoho_grant_log (client_id, at)
       select $1, now() - make_interval(secs => 300 - g) from generate_series(0, 9) g`,
      [client.clientId],
    );
    const again = await authorizeAgain(stack, globex, {
      email: 'zoho-admin@globex.example',
      decision: 'deny',
    });
    const visit = await visitCallback(globex, again.callbackUrl);
    expect(visit.message.error?.code).toBe('token_rate_limited');
    // Our oldest code leaves the window 5 minutes from now; Zoho's oldest is no later.
    const retryAt = new Date(visit.message.error?.params.retryAt ?? '').getTime();
    expect(retryAt - now).toBeGreaterThan(4.9 * 60_000);
    expect(retryAt - now).toBeLessThan(5.2 * 60_000);
  });

  it('ignores an oversized error_description instead of failing the callback', async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    const { callbackUrl } = await authorizeCustom(stack, acme, {
      dataCenterId: 'sim-us',
      ...client,
      email: 'zoho-admin@acme.example',
      decision: 'deny',
    });
    const visit = await visitCallback(acme, withQuery(callbackUrl, { error_description: 'x'.repeat(5000) }));
    expect(visit.status).toBe(400);
    expect(visit.message.error?.code).toBe('state_mismatch');
  });
});

describe("Zoho's cap on refresh tokens per user and client (Self Client)", () => {
  it('answers 429 with token_rate_limited on the code field and the time to try again', async () => {
    // Ten codes now, redeemed by someone else 9 minutes later: then the client's code budget is free
    // again while the user's refresh-token budget is spent.
    const first = await simSelfClientCode(stack, { userEmail: 'carol@globex.example', expiresInMinutes: 10 });
    const codes = [first.code];
    for (let i = 0; i < 9; i += 1)
      codes.push(
        (
          await simSelfClientCode(stack, {
            userEmail: 'carol@globex.example',
            clientId: first.clientId,
            expiresInMinutes: 10,
          })
        ).code,
      );
    await sim(stack, 'POST', '/clock', { advance_seconds: 540 });
    for (const code of codes) {
      const response = await fetch(`${simUrl(stack)}/eu/accounts/oauth/v2/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: first.clientId,
          client_secret: first.clientSecret,
          code,
        }),
      });
      const body = (await response.json()) as { refresh_token?: string };
      if (body.refresh_token) stack.recorder.addSecret({ label: 'refresh token', value: body.refresh_token });
      expect(body.refresh_token).toBeTruthy();
    }
    await sim(stack, 'POST', '/clock', { advance_seconds: 61 });
    const eleventh = await simSelfClientCode(stack, {
      userEmail: 'carol@globex.example',
      clientId: first.clientId,
    });
    const redeem = await api<{
      error: { code: string; issues: { path: string[]; code: string; params?: Record<string, string> }[] };
    }>(
      globex,
      'POST',
      '/api/tenants/:tenantId/zoho/self-client',
      { tenantId: 'globex' },
      {
        dataCenterId: 'sim-eu',
        clientId: first.clientId,
        clientSecret: first.clientSecret,
        code: eleventh.code,
      },
    );
    expect(redeem.status).toBe(429);
    expect(redeem.body.error.code).toBe('RATE_LIMITED');
    const [issue] = redeem.body.error.issues;
    expect(issue).toMatchObject({ path: ['code'], code: 'token_rate_limited' });
    const wait = minutesFromNow(issue?.params?.retryAt);
    expect(wait).toBeGreaterThan(9.5);
    expect(wait).toBeLessThanOrEqual(10);
  });
});
