import { rotateSigningSecret } from '@cxc/shared/api/events';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn } from '../../../test/sign-in.ts';
import { type BffProcess, spawnBff } from '../../../test/spawn-bff.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';

// 5 per minute: one token every 12 s, so nothing refills while a test runs (the refill is moved by hand).
const LIMIT = { EVENTS_RATE_LIMIT_PER_MINUTE: '5' };
let stack: TestStack;
let other: BffProcess;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ env: LIMIT });
  for (const tenantId of ['acme', 'globex']) {
    const admin = await signIn(stack, `admin@${tenantId}.example`);
    secrets[tenantId] = ok(await call(admin, rotateSigningSecret, { tenantId })).secret;
    stack.recorder.addSecret({
      label: `${tenantId} signing secret`,
      value: secrets[tenantId],
      logsOnly: true,
    });
  }
  // A second BFF process on the same database: it shares nothing with this one but PostgreSQL.
  other = await spawnBff(stack, { ...LIMIT, ENGINE: 'off' });
}, 120_000);
afterAll(async () => {
  await other?.stop();
  await stack?.stop();
});
beforeEach(async () => {
  await stack.pool.query('delete from event_rate_limits');
});

let serial = 0;
type Node = 'a' | 'b';

/** Posts a fresh signed event to one of the two BFF processes. */
async function post(node: Node, tenantId: string, options: { forged?: boolean } = {}) {
  serial += 1;
  const id = `rl-${serial}`;
  const body = JSON.stringify({
    ...SAMPLE_EVENTS['chat.started'],
    id,
    conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = options.forged ? 'not-the-secret' : (secrets[tenantId] ?? '');
  const init = {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-cxc-tenant': tenantId,
      'x-cxc-timestamp': timestamp,
      'x-cxc-signature': signEvent(key, timestamp, body),
    },
    body,
  };
  const response =
    node === 'a' ? await stack.fetch('/api/events', init) : await fetch(`${other.baseUrl}/api/events`, init);
  return { id, response };
}

async function stored(ids: string[]): Promise<string[]> {
  const { rows } = await stack.pool.query<{ event_id: string }>(
    'select event_id from events where event_id = any($1) order by event_id',
    [ids],
  );
  return rows.map((row) => row.event_id);
}

describe('the per-tenant rate limit of POST /api/events', () => {
  it('is one budget across both processes; over it: 429, Retry-After, the envelope, nothing stored', async () => {
    const nodes: Node[] = ['a', 'b', 'a', 'b', 'b'];
    const accepted = [];
    for (const node of nodes) accepted.push(await post(node, 'acme'));
    expect(accepted.map((a) => a.response.status)).toEqual([202, 202, 202, 202, 202]);

    for (const node of ['a', 'b'] as const) {
      const { id, response } = await post(node, 'acme');
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(12);
      const { error } = apiErrorSchema.parse(await response.json());
      expect(error).toMatchObject({ code: 'RATE_LIMITED', issues: [] });
      expect(error.message).toContain('nothing was stored');
      expect(await stored([id])).toEqual([]);
    }
    expect(await stored(accepted.map((a) => a.id))).toHaveLength(5);
    // Another tenant has its own bucket.
    expect((await post('b', 'globex')).response.status).toBe(202);
  });

  it('takes exactly the budget from a concurrent burst over both processes', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 === 0 ? 'a' : 'b', 'acme')),
    );
    const statuses = burst.map((b) => b.response.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const acceptedIds = burst.filter((b) => b.response.status === 202).map((b) => b.id);
    expect(await stored(burst.map((b) => b.id))).toEqual([...acceptedIds].sort());
  });

  it('refills with time: one token per 60/limit seconds', async () => {
    for (let i = 0; i < 5; i += 1) expect((await post('a', 'acme')).response.status).toBe(202);
    expect((await post('b', 'acme')).response.status).toBe(429);
    // As if 12 s had passed (PostgreSQL's clock is the only one the bucket reads).
    await stack.pool.query(
      `update event_rate_limits set refilled_at = refilled_at - interval '12 seconds' where tenant_id = 'acme'`,
    );
    expect((await post('b', 'acme')).response.status).toBe(202);
    expect((await post('a', 'acme')).response.status).toBe(429);
  });

  it('never counts a request whose signature fails: a forged flood leaves the budget whole', async () => {
    const forged = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(i % 2 === 0 ? 'a' : 'b', 'globex', { forged: true })),
    );
    expect(new Set(forged.map((f) => f.response.status))).toEqual(new Set([401]));
    const { rows } = await stack.pool.query("select 1 from event_rate_limits where tenant_id = 'globex'");
    expect(rows).toEqual([]);
    for (let i = 0; i < 5; i += 1) expect((await post('b', 'globex')).response.status).toBe(202);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await (await stack.fetch('/api/openapi.json')).json()) as {
      paths: Record<string, { post: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    };
    const answer = doc.paths['/api/events']?.post.responses['429'];
    expect(answer?.headers).toHaveProperty('Retry-After');
  });
});
