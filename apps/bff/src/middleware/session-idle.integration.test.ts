import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { hashSessionId } from '../auth/session-id.ts';

let stack: TestStack;
let agent: SignedInClient;
beforeAll(async () => {
  // These tests move the database's clock under the session, as time passing would; a process trusting
  // its memory for a few seconds (SESSION_CACHE_SECONDS) would not see that, so it reads every time here.
  stack = await startTestStack({ env: { SESSION_IDLE_MINUTES: '30', SESSION_CACHE_SECONDS: '0' } });
  agent = await signIn(stack, 'bob@acme.example');
});
afterAll(async () => {
  await stack.stop();
});

/** Moves the session's last activity into the past: the clock is the database's, so nothing sleeps. */
async function lastSeenAgo(client: SignedInClient, seconds: number): Promise<void> {
  await stack.pool.query(
    `update sessions set last_seen_at = now() - make_interval(secs => $2) where id_hash = $1`,
    [hashSessionId(client.sessionId), seconds],
  );
}

async function sessionRow(client: SignedInClient) {
  const { rows } = await stack.pool.query<{ idle_seconds: number; version: string }>(
    `select extract(epoch from now() - last_seen_at)::float8 as idle_seconds, xmin::text as version
       from sessions where id_hash = $1`,
    [hashSessionId(client.sessionId)],
  );
  return rows[0];
}

it('reads SESSION_IDLE_MINUTES', () => {
  expect(stack.config.sessionIdleSeconds).toBe(1800);
});

it('writes last_seen at most once a minute, not on every request', async () => {
  await lastSeenAgo(agent, 30);
  const before = await sessionRow(agent);
  for (let i = 0; i < 5; i += 1) expect((await agent.fetch('/api/me')).status).toBe(200);
  const after = await sessionRow(agent);
  // xmin changes with every write of the row: the same value means no request updated it.
  expect(after?.version).toBe(before?.version);
  expect(after?.idle_seconds).toBeGreaterThanOrEqual(30);
});

it('moves last_seen forward once it is over a minute old, keeping an active session alive', async () => {
  await lastSeenAgo(agent, 29 * 60);
  expect((await agent.fetch('/api/tenants/acme/agent-panel/config')).status).toBe(200);
  expect((await sessionRow(agent))?.idle_seconds).toBeLessThan(60);
  // Activity reset the idle clock: another 29 minutes later the session still works.
  await lastSeenAgo(agent, 29 * 60);
  expect((await agent.fetch('/api/me')).status).toBe(200);
});

it('ends a session idle longer than the limit: 401 with the usual envelope, on every route', async () => {
  const idle = await signIn(stack, 'alice@acme.example');
  await lastSeenAgo(idle, 30 * 60 + 1);
  const me = await idle.fetch('/api/me');
  expect(me.status).toBe(401);
  expect(apiErrorSchema.parse(await me.json()).error.code).toBe('UNAUTHENTICATED');
  expect((await idle.fetch('/api/tenants/acme/agent-panel/config')).status).toBe(401);
  const mutation = await idle.fetch('/api/tenants/acme/agent-panel/actions/create_lead', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(mutation.status).toBe(401);
  // A request after the limit does not revive it.
  expect((await idle.fetch('/api/me')).status).toBe(401);
  // Signing out still clears the cookie and the row.
  const logout = await idle.fetch('/auth/logout', { method: 'POST' });
  expect(logout.status).toBe(303);
  expect(await sessionRow(idle)).toBeUndefined();
});

it('keeps the absolute lifetime: a recently used session past expires_at is gone too', async () => {
  const old = await signIn(stack, 'admin@acme.example');
  await stack.pool.query(`update sessions set expires_at = now() - interval '1 second' where id_hash = $1`, [
    hashSessionId(old.sessionId),
  ]);
  expect((await old.fetch('/api/me')).status).toBe(401);
});
