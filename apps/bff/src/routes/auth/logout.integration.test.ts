import { apiErrorSchema, CSRF_HEADER } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirectTarget } from '../../../test/browser.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
});

/** The console's sign-out: a plain form post with the CSRF token as `_csrf`. */
function formLogout(
  client: SignedInClient,
  fields: Record<string, string>,
  origin: string | null = stack.baseUrl,
) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'text/html',
  };
  if (origin !== null) headers.origin = origin;
  return client.browser.request(`${stack.baseUrl}/auth/logout`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  });
}

async function stillSignedIn(client: SignedInClient): Promise<boolean> {
  return (await client.fetch('/api/me')).status === 200;
}

describe('CSRF protection of sign-out', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { _csrf: 'not-the-token' }],
  ])('refuses a form post with %s', async (_case, fields) => {
    const client = await signIn(stack, 'alice@acme.example');
    const response = await formLogout(client, fields);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request refused');
    expect(await stillSignedIn(client)).toBe(true);
  });

  it('refuses the right token from another Origin, or with no Origin', async () => {
    const client = await signIn(stack, 'alice@acme.example');
    for (const origin of ['https://evil.example', 'null', null]) {
      const response = await formLogout(client, { _csrf: client.csrfToken }, origin);
      expect(response.status).toBe(403);
    }
    expect(await stillSignedIn(client)).toBe(true);
  });

  it('answers a JSON caller with the CSRF_REJECTED envelope', async () => {
    const client = await signIn(stack, 'bob@acme.example');
    const response = await client.fetch('/auth/logout', {
      method: 'POST',
      headers: { [CSRF_HEADER]: 'wrong' },
    });
    expect(response.status).toBe(403);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('CSRF_REJECTED');
  });
});

describe('sign-out', () => {
  it('ends the session and sends the browser to the IdP end-session endpoint', async () => {
    const client = await signIn(stack, 'admin@acme.example');
    const response = await formLogout(client, { _csrf: client.csrfToken });
    expect(response.status).toBe(303);
    const target = new URL(redirectTarget(response, stack.baseUrl));
    expect(target.origin).toBe(stack.idpUrl);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${stack.baseUrl}/`);
    expect(target.searchParams.get('id_token_hint')).toBeTruthy();
    expect(await response.text()).toBe('');
    expect(client.browser.jar.get(stack.baseUrl, stack.cookieNames.session)).toBeUndefined();
    const replay = await stack.fetch('/api/me', {
      headers: { cookie: `${stack.cookieNames.session}=${client.sessionId}` },
    });
    expect(replay.status).toBe(401);
  });

  it('accepts the token in the x-csrf-token header too', async () => {
    const client = await signIn(stack, 'carol@globex.example');
    const response = await client.fetch('/auth/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    expect(await stillSignedIn(client)).toBe(false);
  });

  it('ends the IdP session: the next sign-in asks for the password again', async () => {
    const client = await signIn(stack, 'admin@globex.example');
    let url = redirectTarget(await formLogout(client, { _csrf: client.csrfToken }), stack.baseUrl);
    const confirm = await client.browser.request(url);
    const page = await confirm.text();
    expect(page).toContain('<script src="/idp-assets/logout.js" defer></script>');
    // The IdP's pages get the console's strict policy; their forms may post (and redirect) to the console.
    const csp = confirm.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`form-action 'self' ${new URL(stack.baseUrl).origin};`);
    expect(csp).toContain("base-uri 'none';");
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const done = await client.browser.postForm(
      new URL(action, url).href,
      { xsrf, logout: 'yes' },
      new URL(url).origin,
    );
    url = redirectTarget(done, url);
    expect(url).toBe(`${stack.baseUrl}/`);
    // Signing in again from the same browser must show the IdP's login form, not silently reuse a session.
    let next = redirectTarget(await client.browser.request(`${stack.baseUrl}/auth/login`), stack.baseUrl);
    let hop = await client.browser.request(next);
    while (hop.status >= 300 && hop.status < 400) {
      next = redirectTarget(hop, next);
      hop = await client.browser.request(next);
    }
    expect(hop.status).toBe(200);
    expect(await hop.text()).toContain('<button type="submit">Sign in</button>');
  });

  it('sends a signed-out browser straight back to the console', async () => {
    const response = await stack.fetch('/auth/logout', {
      method: 'POST',
      headers: { origin: stack.baseUrl },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${stack.baseUrl}/`);
  });
});
