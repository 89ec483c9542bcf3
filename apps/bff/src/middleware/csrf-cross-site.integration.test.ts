import { apiErrorSchema, CSRF_HEADER } from '@cxc/shared/api/errors';
import { meResponseSchema } from '@cxc/shared/api/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../test/serve-app.ts';
import { signIn, startSignIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { cookieNames } from '../auth/cookies.ts';

/**
 * SESSION_COOKIE_SAMESITE=none: the browser attaches the session cookie to requests from any site, so
 * SameSite no longer stops cross-site posts. These requests carry the cookie the way such a browser would
 * and show that the Origin check and the per-session token still refuse them.
 */
const PUBLIC_URL = 'https://cx.example.test';
const EVIL = 'https://evil.example';
const ACTION = '/api/tenants/acme/agent-panel/actions/create_lead';

let stack: TestStack;
let app: ServedApp;
let agent: SignedInClient;
let cookie: string;
beforeAll(async () => {
  stack = await startTestStack();
  agent = await signIn(stack, 'bob@acme.example');
  // The same deps served as an https deployment with SameSite=None (TLS ends at a proxy in front).
  app = await serveApp({
    ...stack.deps,
    config: { ...stack.config, publicUrl: PUBLIC_URL, sessionCookieSameSite: 'none' },
  });
  cookie = `${cookieNames(PUBLIC_URL).session}=${agent.sessionId}`;
});
afterAll(async () => {
  await app.close();
  await stack.stop();
});

async function post(path: string, headers: Record<string, string>, body = '{}'): Promise<Response> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  await stack.recorder.recordBody(`${app.baseUrl}${path}`, response);
  return response;
}

async function expectCsrfRejected(response: Response): Promise<void> {
  expect(response.status).toBe(403);
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe('CSRF_REJECTED');
}

describe('state-changing routes under SameSite=None', () => {
  it('the cookie alone authenticates (reads work), so protection must come from elsewhere', async () => {
    const me = await fetch(`${app.baseUrl}/api/me`, { headers: { cookie, origin: EVIL } });
    expect(me.status).toBe(200);
    expect(meResponseSchema.parse(await me.json()).user.email).toBe('bob@acme.example');
    // …but another site cannot read the answer (and so the CSRF token): no CORS grant, CORP same-origin.
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
    expect(me.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('refuses a cross-site POST carrying the cookie but no token', async () => {
    await expectCsrfRejected(await post(ACTION, { origin: EVIL }));
  });

  it('refuses a cross-site POST even with a valid token (Origin is checked on its own)', async () => {
    await expectCsrfRejected(await post(ACTION, { origin: EVIL, [CSRF_HEADER]: agent.csrfToken }));
  });

  it('refuses a POST without Origin, or with Origin null, whatever the token', async () => {
    await expectCsrfRejected(await post(ACTION, { [CSRF_HEADER]: agent.csrfToken }));
    await expectCsrfRejected(await post(ACTION, { origin: 'null', [CSRF_HEADER]: agent.csrfToken }));
  });

  it('refuses a same-origin POST without the token, or with another one', async () => {
    await expectCsrfRejected(await post(ACTION, { origin: PUBLIC_URL }));
    await expectCsrfRejected(await post(ACTION, { origin: PUBLIC_URL, [CSRF_HEADER]: 'x'.repeat(43) }));
  });

  it('lets the panel through with its own Origin and token (reaches validation: 400)', async () => {
    const response = await post(ACTION, { origin: PUBLIC_URL, [CSRF_HEADER]: agent.csrfToken });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a cross-site sign-out form, and the session survives', async () => {
    const form = await post(
      '/auth/logout',
      { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
      '',
    );
    await expectCsrfRejected(form);
    expect((await fetch(`${app.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(200);
  });

  it('clears the cookie with the same SameSite=None; Secure attributes on sign-out', async () => {
    const response = await post(
      '/auth/logout',
      { origin: PUBLIC_URL, 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams({ _csrf: agent.csrfToken }).toString(),
    );
    expect(response.status).toBe(303);
    const cleared = response.headers.getSetCookie().find((line) => line.startsWith('__Host-cxc_session='));
    expect(cleared).toMatch(/; Secure/);
    expect(cleared).toMatch(/SameSite=None/i);
    expect((await fetch(`${app.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});

describe('SESSION_COOKIE_SAMESITE reaches the sign-in cookie', () => {
  it('sets the session cookie with the configured SameSite, and keeps the sign-in cookie Lax', async () => {
    const strict = await startTestStack({ env: { SESSION_COOKIE_SAMESITE: 'strict' } });
    try {
      const pending = await startSignIn(strict, 'alice@acme.example');
      const callback = await pending.browser.request(pending.callbackUrl);
      expect(callback.status).toBe(303);
      const setCookies = callback.headers.getSetCookie();
      const session = setCookies.find((line) => line.startsWith(`${strict.cookieNames.session}=`));
      expect(session).toMatch(/SameSite=Strict/i);
      expect(session).toMatch(/HttpOnly/i);
      const login = setCookies.find((line) => line.startsWith(`${strict.cookieNames.login}=`));
      expect(login).toMatch(/SameSite=Lax/i);
    } finally {
      await strict.stop();
    }
  });
});
