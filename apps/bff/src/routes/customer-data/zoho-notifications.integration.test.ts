import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { WATCH_CALLBACK_PATH } from '../../customer-data/watch/watch-channel.ts';

/**
 * The access matrix of the public Zoho callback, which lives outside the route registry like the events
 * intake: no session is needed and none helps; only a live channel id with its token is accepted
 * (customer-data/mirror-watch.integration.test.ts sends real ones from the simulator).
 */
let stack: TestStack;
const clients: SignedInClient[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  for (const email of ['sysadmin@cx.example', 'admin@acme.example', 'alice@acme.example'])
    clients.push(await signIn(stack, email));
});
afterAll(async () => {
  await stack.stop();
});

const forged = { channel_id: '12345', token: 'guess', module: 'Leads', operation: 'update', ids: ['1'] };
const post = (body: string, client?: SignedInClient, type = 'application/json') => {
  const init = { method: 'POST', headers: { 'content-type': type, accept: 'application/json' }, body };
  return client ? client.fetch(WATCH_CALLBACK_PATH, init) : stack.fetch(WATCH_CALLBACK_PATH, init);
};

describe(`POST ${WATCH_CALLBACK_PATH} (public)`, () => {
  it('answers 403 to an unknown channel for anonymous callers and for every signed-in persona alike', async () => {
    for (const client of [undefined, ...clients]) {
      const response = await post(JSON.stringify(forged), client);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('FORBIDDEN');
      expect(body.error.message).not.toMatch(/token|channel|tenant/i);
    }
  });

  it('never answers 500 to hostile bodies', async () => {
    const hostile = [
      '',
      'null',
      '[]',
      '{"channel_id":{"$ne":1}}',
      JSON.stringify({ ...forged, ids: Array.from({ length: 10_001 }, (_, i) => String(i)) }),
      JSON.stringify({ ...forged, channel_id: 'x'.repeat(10_000) }),
      JSON.stringify({ ...forged, channel_id: '1\u0000' }),
      JSON.stringify({ ...forged, token: '\ud800' }),
      JSON.stringify({ ...forged, operation: 'drop' }),
      JSON.stringify({ ...forged, ids: [{ id: 1 }] }),
      `{"ids":[${'['.repeat(5_000)}${']'.repeat(5_000)}]}`,
      'x'.repeat(600_000),
    ];
    for (const body of hostile) {
      const response = await post(body);
      expect([400, 403, 413], body.slice(0, 40)).toContain(response.status);
    }
    expect([400, 403, 415]).toContain((await post(JSON.stringify(forged), undefined, 'text/plain')).status);
  });
});
