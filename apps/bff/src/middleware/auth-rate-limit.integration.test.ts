import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '2' } });
});
afterAll(async () => {
  await stack.stop();
});

it.each(['/auth/login', '/auth/callback?code=x&state=y'])('limits %s per client', async (path) => {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i += 1)
    statuses.push((await stack.fetch(path, { headers: { accept: 'application/json' } })).status);
  expect(statuses.slice(0, 2).every((status) => status !== 429)).toBe(true);
  const limited = await stack.fetch(path, { headers: { accept: 'application/json' } });
  expect(limited.status).toBe(429);
  expect(apiErrorSchema.parse(await limited.json()).error.code).toBe('RATE_LIMITED');
  expect(statuses[2]).toBe(429);
});

it('does not limit the API', async () => {
  for (let i = 0; i < 5; i += 1) expect((await stack.fetch('/api/me')).status).toBe(401);
});
