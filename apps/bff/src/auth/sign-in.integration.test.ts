import { apiErrorSchema } from '@cxc/shared/api/errors';
import { meResponseSchema } from '@cxc/shared/api/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { finishSignIn, signIn, startSignIn } from '../../test/sign-in.ts';
import { DEV_USERS } from '../dev/dev-users.ts';
import { openTransaction, sealTransaction } from './login-transaction.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
});

describe('sign-in through the dev IdP', () => {
  it.each(DEV_USERS.map((user) => [user.email, user] as const))(
    '%s gets the right role and tenant',
    async (_email, user) => {
      const client = await signIn(stack, user.email);
      expect(client.user).toEqual({
        sub: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        tenant: user.tenant,
      });
      expect(client.csrfToken.length).toBeGreaterThanOrEqual(32);
    },
  );

  it('sets an httpOnly, SameSite=Lax session cookie and stores only its hash', async () => {
    const pending = await startSignIn(stack, 'alice@acme.example');
    const response = await pending.browser.request(pending.callbackUrl);
    const cookie = response.headers
      .getSetCookie()
      .find((header) => header.startsWith(`${stack.cookieNames.session}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const sessionId = pending.browser.jar.get(stack.baseUrl, stack.cookieNames.session) ?? '';
    const me = meResponseSchema.parse(
      await (await pending.browser.request(`${stack.baseUrl}/api/me`)).json(),
    );
    await stack.registerSessionSecrets(sessionId, me.csrfToken);
    const { rows } = await stack.pool.query<{ id_hash: string; tokens_sealed: string }>(
      'select id_hash, tokens_sealed from sessions',
    );
    expect(rows.some((row) => row.id_hash === sessionId)).toBe(false);
    expect(rows.every((row) => row.tokens_sealed.startsWith('v1.k2.'))).toBe(true);
  });

  it('sends the browser back to returnTo after the callback', async () => {
    const pending = await startSignIn(stack, 'bob@acme.example', undefined, '/integrations?tab=zoho');
    const response = await pending.browser.request(pending.callbackUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/integrations?tab=zoho');
  });

  it('upserts the tenants of signed-in users', async () => {
    await signIn(stack, 'admin@globex.example');
    const { rows } = await stack.pool.query<{ id: string; name: string }>(
      'select id, name from tenants order by id',
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: 'acme', name: 'Acme Corp' },
        { id: 'globex', name: 'Globex GmbH' },
      ]),
    );
  });
});

describe('sign-in refusals', () => {
  it('rejects a callback whose state was tampered with, and sets no session', async () => {
    const pending = await startSignIn(stack, 'alice@acme.example');
    const tampered = new URL(pending.callbackUrl);
    tampered.searchParams.set('state', 'forged-state-value');
    const response = await pending.browser.request(tampered.href, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(401);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('UNAUTHENTICATED');
    expect(pending.browser.jar.get(stack.baseUrl, stack.cookieNames.session)).toBeUndefined();
  });

  it('rejects a callback from a browser that never started the sign-in', async () => {
    const pending = await startSignIn(stack, 'alice@acme.example');
    const response = await stack.fetch(
      new URL(pending.callbackUrl).pathname + new URL(pending.callbackUrl).search,
    );
    expect(response.status).toBe(401);
    expect(
      response.headers.getSetCookie().some((header) => header.startsWith(`${stack.cookieNames.session}=`)),
    ).toBe(false);
  });

  it('cannot replay a callback: the login transaction is single-use', async () => {
    const pending = await startSignIn(stack, 'alice@acme.example');
    await finishSignIn(stack, pending);
    const replay = await pending.browser.request(pending.callbackUrl, {
      headers: { accept: 'application/json' },
    });
    expect(replay.status).toBe(401);
  });

  it('shows a readable page to a browser when the callback is refused', async () => {
    const response = await stack.fetch('/auth/callback?code=abc&state=def', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Sign-in failed');
    expect(page).toContain('expired or was started in another browser');
  });

  it('accepts only same-origin relative returnTo paths', async () => {
    const refused = [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'relative',
      '/.//evil.example',
      '/..//evil.example',
      '/%2e//evil.example',
      '/a/../..//evil.example',
      '/%2F%2Fevil.example',
      '/\t/evil.example',
    ];
    for (const returnTo of refused) {
      const response = await stack.fetch(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status, returnTo).toBe(400);
      const body = apiErrorSchema.parse(await response.json());
      expect(body.error.issues[0]?.path).toEqual(['returnTo']);
    }
    const ok = await stack.fetch('/auth/login?returnTo=%2Fsettings');
    expect(ok.status).toBe(302);
  });

  it('refuses the raw spellings of a protocol-relative returnTo, as a browser would send them', async () => {
    for (const query of [
      '/.//evil.example',
      '/..//evil.example',
      '/%2e//evil.example',
      '/a/../..//evil.example',
    ]) {
      const response = await stack.fetch(`/auth/login?returnTo=${query}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status, query).toBe(400);
    }
  });

  it('redirects after sign-in to the normalised same-origin path', async () => {
    const pending = await startSignIn(stack, 'bob@acme.example', undefined, '/a/.././settings');
    const response = await pending.browser.request(pending.callbackUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/settings');
  });

  it('checks returnTo again at the callback: a sealed //host never becomes the Location', async () => {
    const pending = await startSignIn(stack, 'bob@acme.example');
    const { secretBox } = stack.deps;
    const origin = stack.baseUrl;
    const transaction = openTransaction(secretBox, pending.browser.jar.get(origin, stack.cookieNames.login));
    if (!transaction) throw new Error('no login transaction cookie');
    pending.browser.jar.set(
      origin,
      stack.cookieNames.login,
      sealTransaction(secretBox, { ...transaction, returnTo: '/.//evil.example' }),
    );
    const response = await pending.browser.request(pending.callbackUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  it('shows the login form again with an error for a wrong password', async () => {
    await expect(startSignIn(stack, 'alice@acme.example', 'wrong-password')).rejects.toThrow(
      /wrong email or password/,
    );
    const html = stack.recorder.bodies.at(-1)?.body ?? '';
    expect(html).toContain('role="alert"');
    expect(html).toContain('Wrong email or password.');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toContain('value="alice@acme.example"');
  });
});
