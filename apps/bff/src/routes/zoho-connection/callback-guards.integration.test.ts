import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startStackWithAdmins, tokenCallsSince } from '../../../test/sim-stack-admins.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import { authorizeAgain, authorizeCustom, visitCallback, withQuery } from '../../../test/zoho-flow.ts';
import { registerSimClient, simCursor, simRequests, simUrl } from '../../../test/zoho-sim-control.ts';

// The callback redeems a code only for this session's own unused state, and only at an allowlisted server.

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  ({ stack, acme, globex } = await startStackWithAdmins());
});
afterAll(() => stack.stop());

describe("the callback refuses what is not this session's own, unused state", () => {
  it('refuses an unknown state without calling Zoho', async () => {
    const since = await simCursor(stack);
    const visit = await visitCallback(
      acme,
      `${stack.baseUrl}${OAUTH_CALLBACK_PATH}?state=forged&code=1000.forged`,
    );
    expect(visit.status).toBe(400);
    expect(visit.message).toMatchObject({ outcome: 'error', error: { code: 'state_mismatch' } });
    expect(await tokenCallsSince(stack, since)).toEqual([]);
  });

  it("refuses a state started by another session (even the same user's), and it is then spent", async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    const { callbackUrl } = await authorizeCustom(stack, acme, {
      dataCenterId: 'sim-us',
      ...client,
      email: 'zoho-admin@acme.example',
    });
    const since = await simCursor(stack);
    const otherSession = await signIn(stack, 'admin@acme.example');
    expect((await visitCallback(otherSession, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect((await visitCallback(globex, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect((await visitCallback(acme, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect(await tokenCallsSince(stack, since)).toEqual([]);
  });

  it('answers invalid_code for a code redeemed twice', async () => {
    const first = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
    expect((await visitCallback(acme, first.callbackUrl)).message.outcome).toBe('choose_org');
    const second = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
    const reused = withQuery(second.callbackUrl, {
      code: new URL(first.callbackUrl).searchParams.get('code') ?? '',
    });
    const visit = await visitCallback(acme, reused);
    expect(visit.message.error).toMatchObject({ code: 'invalid_code' });
    expect(visit.message.error?.message).toMatch(/expired|already used|another data center/);
  });

  it('never sends the code or the secret to an accounts server outside the allowlist', async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    for (const server of [
      'http://127.0.0.1:9/us/accounts',
      'https://accounts.zoho.com',
      `${simUrl(stack)}/evil/accounts`,
    ]) {
      const { callbackUrl } = await authorizeCustom(stack, acme, {
        dataCenterId: 'sim-us',
        ...client,
        email: 'zoho-admin@acme.example',
      });
      const since = await simCursor(stack);
      const { message } = await visitCallback(acme, withQuery(callbackUrl, { 'accounts-server': server }));
      expect(message.error).toMatchObject({ code: 'unknown' });
      expect(message.error?.message).toContain('nothing was sent to it');
      expect(await tokenCallsSince(stack, since)).toEqual([]);
      expect((await simRequests(stack, { since, host: 'accounts' })).requests).toEqual([]);
    }
  });
});
