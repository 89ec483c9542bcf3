import { rotateSigningSecret } from '@cxc/shared/api/events';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbProxy, type ProxyMode, startDbProxy } from '../../test/db-proxy.ts';
import { serveApp, type ServedApp } from '../../test/serve-app.ts';
import { call, ok } from '../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { databaseUrlOf } from '../../test/engine-helpers.ts';
import { createPool } from '../db/pool.ts';
import { signEvent } from '../automation/intake/sign-event.ts';

let stack: TestStack;
let admin: SignedInClient;
let secret: string;
let proxy: DbProxy;
let pool: Pool;
let app: ServedApp;

beforeAll(async () => {
  stack = await startTestStack();
  admin = await signIn(stack, 'admin@acme.example');
  secret = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' })).secret;
  stack.recorder.addSecret({ label: 'signing secret', value: secret, logsOnly: true });
  // A second app over the same database, reached through the proxy; short timeouts keep the test brief.
  proxy = await startDbProxy(databaseUrlOf(stack));
  pool = createPool(proxy.url, 3, stack.deps.logger, {
    connectMs: 1_000,
    statementMs: 1_000,
    queryMs: 1_500,
  });
  app = await serveApp({ ...stack.deps, pool });
});
afterAll(async () => {
  await app.close();
  await proxy.close();
  await pool.end();
  await stack.stop();
});

let sequence = 0;
function postEvent(): Promise<Response> {
  sequence += 1;
  const id = `outage-${sequence}`;
  const body = JSON.stringify({
    ...SAMPLE_EVENTS['chat.started'],
    id,
    conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${app.baseUrl}/api/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-cxc-tenant': 'acme',
      'x-cxc-timestamp': timestamp,
      'x-cxc-signature': signEvent(secret, timestamp, body),
    },
    body,
  });
}

const getMe = () =>
  fetch(`${app.baseUrl}/api/me`, { headers: { cookie: `${stack.cookieNames.session}=${admin.sessionId}` } });
// The readiness contract: an answer within 2 s whatever the database does (the abort fails the test).
const readyz = () => fetch(`${app.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  const { error } = apiErrorSchema.parse(await response.json());
  expect(error.code).toBe('SERVICE_UNAVAILABLE');
  expect(error.message).not.toMatch(/ECONN|timeout|127\.0\.0\.1|postgres/i);
}

async function expectServing() {
  const ready = await readyz();
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
  expect((await postEvent()).status).toBe(202);
  expect((await getMe()).status).toBe(200);
}

describe.each<ProxyMode>(['blackhole', 'refuse'])('database %s', (mode) => {
  it('answers 503 with Retry-After on readiness, the event intake and a session route; recovers after', async () => {
    // Warm: the pool holds open connections when the database goes away (the partition case).
    await expectServing();
    await proxy.setMode(mode);
    try {
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not_ready', checks: { database: 'failing' } });
      const [event, me, again] = await Promise.all([postEvent(), getMe(), postEvent()]);
      await expectUnavailable(event);
      await expectUnavailable(me);
      await expectUnavailable(again);
    } finally {
      await proxy.setMode('pass');
    }
    await expectServing();
    expect(stack.recorder.logLines.join('\n')).not.toContain('unhandled error');
  });
});
