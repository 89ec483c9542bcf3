import { CSRF_HEADER } from '@cxc/shared/api/errors';
import { meResponseSchema, type SessionUser } from '@cxc/shared/api/session';
import { DEV_PASSWORD } from '../src/dev/dev-users.ts';
import { Browser, redirectTarget } from './browser.ts';
import type { TestStack } from './start-test-stack.ts';

export interface PendingSignIn {
  browser: Browser;
  /** Where the IdP sent the browser back: `/auth/callback?code=…&state=…`, not yet visited. */
  callbackUrl: string;
}

export interface SignedInClient {
  browser: Browser;
  user: SessionUser;
  csrfToken: string;
  /** The raw session cookie value (for leak checks; never printed). */
  sessionId: string;
  /** Same-origin request with the session cookie; mutating methods also send Origin and the CSRF header. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

const MAX_HOPS = 10;

/** Goes through the real dev IdP login page up to (not including) the callback. */
export async function startSignIn(
  stack: TestStack,
  email: string,
  password = DEV_PASSWORD,
  returnTo = '/',
): Promise<PendingSignIn> {
  const browser = new Browser(stack.recorder);
  const loginUrl = `${stack.baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
  let url = redirectTarget(await browser.request(loginUrl), loginUrl);
  let response = await browser.request(url);
  for (let hop = 0; response.status !== 200; hop += 1) {
    if (hop > MAX_HOPS) throw new Error('too many redirects before the login page');
    url = redirectTarget(response, url);
    response = await browser.request(url);
  }
  const page = await response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error('the IdP page has no login form');
  const formUrl = new URL(action, url).href;
  response = await browser.postForm(formUrl, { email, password }, new URL(url).origin);
  if (response.status === 401) throw new Error(`the IdP refused ${email}: wrong email or password`);
  url = formUrl;
  for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
    url = redirectTarget(response, url);
    if (url.startsWith(`${stack.baseUrl}/`)) {
      stack.recorder.addSecret({
        label: 'authorization code',
        value: new URL(url).searchParams.get('code') ?? '',
        logsOnly: true,
      });
      return { browser, callbackUrl: url };
    }
    response = await browser.request(url);
  }
  throw new Error('the IdP never redirected back to the BFF');
}

/** Completes a pending sign-in: visits the callback, then reads /api/me for the user and CSRF token. */
export async function finishSignIn(stack: TestStack, pending: PendingSignIn): Promise<SignedInClient> {
  const { browser } = pending;
  const callback = await browser.request(pending.callbackUrl);
  if (callback.status !== 303)
    throw new Error(`sign-in callback answered ${callback.status}: ${await callback.text()}`);
  const sessionId = browser.jar.get(stack.baseUrl, stack.cookieNames.session);
  if (!sessionId) throw new Error('no session cookie after the callback');
  const me = meResponseSchema.parse(
    await (
      await browser.request(`${stack.baseUrl}/api/me`, { headers: { accept: 'application/json' } })
    ).json(),
  );
  await stack.registerSessionSecrets(sessionId, me.csrfToken);
  return {
    browser,
    user: me.user,
    csrfToken: me.csrfToken,
    sessionId,
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('accept')) headers.set('accept', 'application/json');
      const method = (init.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        if (!headers.has('origin')) headers.set('origin', stack.baseUrl);
        if (!headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, me.csrfToken);
      }
      return browser.request(`${stack.baseUrl}${path}`, { ...init, headers });
    },
  };
}

/** A full scripted sign-in of a seeded user through the dev IdP's login page. */
export async function signIn(
  stack: TestStack,
  email: string,
  password = DEV_PASSWORD,
): Promise<SignedInClient> {
  return finishSignIn(stack, await startSignIn(stack, email, password));
}
