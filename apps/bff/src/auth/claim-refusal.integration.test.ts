import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSignIn } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';

// The BFF reads role and tenant from claims the dev IdP does not send (it sends cxc_role / cxc_tenant).
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { OIDC_ROLE_CLAIM: 'console_role' } });
});
afterAll(async () => {
  await stack.stop();
});

it('refuses a sign-in without a console role, with a page that says why', async () => {
  const pending = await startSignIn(stack, 'alice@acme.example');
  const response = await pending.browser.request(pending.callbackUrl);
  expect(response.status).toBe(403);
  const page = await response.text();
  expect(page).toContain('Access refused');
  expect(page).toContain('Your account has no console role (claim &quot;console_role&quot;)');
  expect(page).toContain('href="/auth/login?prompt=login"');
  expect(pending.browser.jar.get(stack.baseUrl, stack.cookieNames.session)).toBeUndefined();
  const { rows } = await stack.pool.query('select 1 from sessions');
  expect(rows).toHaveLength(0);
});

it('answers a JSON caller with the FORBIDDEN envelope', async () => {
  const pending = await startSignIn(stack, 'sysadmin@cx.example');
  const response = await pending.browser.request(pending.callbackUrl, {
    headers: { accept: 'application/json' },
  });
  expect(response.status).toBe(403);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe('FORBIDDEN');
  expect(body.error.message).toMatch(/no console role/);
});

it('lets prompt=login force the IdP to ask for credentials again', async () => {
  const response = await stack.fetch('/auth/login?prompt=login');
  expect(response.status).toBe(302);
  expect(new URL(response.headers.get('location') ?? '').searchParams.get('prompt')).toBe('login');
});
