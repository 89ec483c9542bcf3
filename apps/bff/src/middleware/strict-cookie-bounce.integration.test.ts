import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { authorizeCustom, visitCallback } from '../../test/zoho-flow.ts';
import { registerSimClient } from '../../test/zoho-sim-control.ts';

// SESSION_COOKIE_SAMESITE=strict: Zoho's redirect back is a cross-site navigation, which carries no Strict
// cookie. The callback must not spend the OAuth state on that pass, and must come back same-site.

let stack: TestStack;
let admin: SignedInClient;
beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true, env: { SESSION_COOKIE_SAMESITE: 'strict' } });
  admin = await signIn(stack, 'admin@acme.example');
});
afterAll(async () => {
  await stack.stop();
});

it("reloads Zoho's cross-site redirect back from our own origin, then connects with the session", async () => {
  const client = await registerSimClient(stack, { dc: 'us' });
  const { callbackUrl } = await authorizeCustom(stack, admin, {
    dataCenterId: 'sim-us',
    ...client,
    email: 'zoho-admin@acme.example',
  });
  // What a browser sends for Zoho's redirect under Strict: no session cookie, Sec-Fetch-Site cross-site.
  const bounce = await stack.fetch(callbackUrl.slice(stack.baseUrl.length), {
    headers: { 'sec-fetch-site': 'cross-site', accept: 'text/html' },
  });
  expect(bounce.status).toBe(200);
  expect(bounce.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
  expect(bounce.headers.get('cache-control')).toBe('no-store');
  const html = await bounce.text();
  const target = /<meta http-equiv="refresh" content="0;url=([^"]+)">/
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&');
  expect(target).toBe(callbackUrl.slice(stack.baseUrl.length));
  expect(html).not.toContain('<script>');

  // The reload is same-origin: the cookie comes along and the state, untouched so far, is redeemed.
  const visit = await visitCallback(admin, `${stack.baseUrl}${target ?? ''}`);
  expect(visit.message).toEqual({ type: 'cxc:zoho-connect', outcome: 'choose_org', error: null });
});

it('does not bounce a same-origin request or one that carries the cookie', async () => {
  const path = '/api/zoho/oauth/callback?state=forged&code=1000.forged';
  const sameOrigin = await stack.fetch(path, { headers: { 'sec-fetch-site': 'same-origin' } });
  expect(sameOrigin.status).toBe(400);
  const withCookie = await admin.browser.request(`${stack.baseUrl}${path}`, {
    headers: { 'sec-fetch-site': 'cross-site' },
  });
  expect(withCookie.status).toBe(400);
  expect(await withCookie.text()).toContain('cxc-zoho-connect');
});
