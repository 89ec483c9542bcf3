import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEV_USERS } from '../src/dev/dev-users.ts';
import { routes } from '../src/routes/index.ts';
import { signIn } from './sign-in.ts';
import { startTestStack, type TestStack } from './start-test-stack.ts';

/**
 * Every stack checks for leaks when it stops (so every test file is covered); this file makes the check
 * explicit over a broad tour: every user, every route, error paths, sign-out.
 */
const metricsToken = randomBytes(24).toString('base64url');
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { METRICS_TOKEN: metricsToken } });
  stack.recorder.addSecret({ label: 'metrics token', value: metricsToken });
});
afterAll(async () => {
  await stack.stop();
});

it('no response body and no log line carries a secret', async () => {
  for (const user of DEV_USERS) {
    const client = await signIn(stack, user.email);
    for (const route of routes) {
      for (const tenantId of ['acme', 'globex']) {
        await client.fetch(route.endpoint.path.replace(':tenantId', tenantId), {
          method: route.endpoint.method,
        });
      }
    }
    await client.fetch('/api/me?unexpected=1');
    await client.fetch('/api/me', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken',
    });
    await client.fetch('/auth/callback?code=forged&state=forged');
    await client.fetch('/auth/logout', { method: 'POST' });
  }
  await stack.fetch('/metrics', { headers: { authorization: `Bearer ${metricsToken}` } });
  await stack.fetch('/metrics', { headers: { authorization: 'Bearer wrong-token-for-the-log' } });
  await stack.fetch('/readyz');
  await stack.fetch('/auth/login');

  const labels = new Set(stack.recorder.secrets.map((secret) => secret.label));
  // The search is only meaningful if the real secrets were collected: tokens, session ids, keys.
  expect([...labels]).toEqual(
    expect.arrayContaining([
      'OIDC client secret',
      'session id',
      'CSRF token',
      'idToken',
      'accessToken',
      'authorization code',
      'encryption key k1',
      'encryption key k2',
    ]),
  );
  expect(stack.recorder.bodies.length).toBeGreaterThan(100);
  expect(stack.recorder.logLines.length).toBeGreaterThan(100);
  expect(stack.recorder.findLeaks()).toEqual([]);
});
