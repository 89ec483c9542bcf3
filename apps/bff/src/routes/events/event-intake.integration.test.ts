import { rotateSigningSecret } from '@cxc/shared/api/events';
import { listActivity } from '@cxc/shared/api/activity';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';

let stack: TestStack;
let admin: SignedInClient;
let secret: string;

beforeAll(async () => {
  stack = await startTestStack();
  admin = await signIn(stack, 'admin@acme.example');
  secret = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' })).secret;
  // The rotate answer shows the secret once, by design; it must never reach a log line or another body.
  stack.recorder.addSecret({ label: 'signing secret', value: secret, logsOnly: true });
});
afterAll(async () => {
  await stack.stop();
});

const now = () => String(Math.floor(Date.now() / 1000));

function post(
  body: string,
  headers: { tenant?: string; timestamp?: string; signature?: string; key?: string },
) {
  const timestamp = headers.timestamp ?? now();
  return stack.fetch('/api/events', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-cxc-tenant': headers.tenant ?? 'acme',
      'x-cxc-timestamp': timestamp,
      'x-cxc-signature': headers.signature ?? signEvent(headers.key ?? secret, timestamp, body),
    },
    body,
  });
}

const sample = (id: string) =>
  JSON.stringify({
    ...SAMPLE_EVENTS['chat.started'],
    id,
    conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
  });

async function error(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('POST /api/events', () => {
  it('stores a signed event once and reports the repeat as a duplicate', async () => {
    const body = sample('e-1');
    const first = await post(body, {});
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: true, eventId: 'e-1', duplicate: false });
    const again = await post(body, {});
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ accepted: true, eventId: 'e-1', duplicate: true });
    const { rows } = await stack.pool.query(
      "select status from events where tenant_id = 'acme' and event_id = 'e-1'",
    );
    expect(rows).toEqual([{ status: 'queued' }]);
  });

  it('refuses a bad signature, a stale timestamp and an unknown tenant alike', async () => {
    const body = sample('e-2');
    const stale = String(Math.floor(Date.now() / 1000) - 301);
    const answers = await Promise.all([
      post(body, { signature: 'v1=00' }),
      post(body, { key: 'not-the-secret' }),
      post(body, { timestamp: stale }),
      post(body, { tenant: 'globex' }),
      post(body, { tenant: 'no-such-tenant' }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(await error(answer)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'The event signature could not be verified.',
      });
    }
    const { rowCount } = await stack.pool.query("select 1 from events where event_id = 'e-2'");
    expect(rowCount).toBe(0);
  });

  it('accepts the rotated-out secret during the overlap, and the new one', async () => {
    const rotated = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' }));
    stack.recorder.addSecret({ label: 'rotated signing secret', value: rotated.secret, logsOnly: true });
    expect(rotated.previousValidUntil).not.toBeNull();
    expect((await post(sample('e-3'), { key: secret })).status).toBe(202);
    expect((await post(sample('e-4'), { key: rotated.secret })).status).toBe(202);
    // A second rotation ends the first secret's overlap at once: only two are ever valid.
    const third = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' }));
    stack.recorder.addSecret({ label: 'third signing secret', value: third.secret, logsOnly: true });
    expect((await post(sample('e-5'), { key: secret })).status).toBe(401);
    expect((await post(sample('e-6'), { key: rotated.secret })).status).toBe(202);
    secret = third.secret;
  });

  it('lists every problem of a malformed event and stores nothing', async () => {
    const body = JSON.stringify({
      ...SAMPLE_EVENTS['call.ended'],
      id: 'e-7',
      occurredAt: 'yesterday',
      call: { ...SAMPLE_EVENTS['call.ended'].call, status: 'exploded', durationSeconds: -1 },
      extra: 1,
    });
    const answer = await post(body, {});
    expect(answer.status).toBe(400);
    const { code, issues } = await error(answer);
    expect(code).toBe('VALIDATION_FAILED');
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      ['call.durationSeconds', 'call.status', 'extra', 'occurredAt'].sort(),
    );
    const notJson = await post('{"id":', {});
    expect(notJson.status).toBe(400);
    const { rowCount } = await stack.pool.query("select 1 from events where event_id = 'e-7'");
    expect(rowCount).toBe(0);
  });

  it('refuses __proto__, constructor and prototype keys in variables and customFields, naming each', async () => {
    const conversation = { ...SAMPLE_EVENTS['chat.started'].conversation, id: 'conv-e-proto' };
    // Spelled out as JSON text: an own `__proto__` key, as a hostile sender would send it.
    const body = JSON.stringify({ ...SAMPLE_EVENTS['chat.started'], id: 'e-proto', conversation })
      .replace('"variables":{', '"variables":{"__proto__":{"isAdmin":true},"constructor":"x",')
      .replace('"customFields":{', '"customFields":{"prototype":"y","__proto__":"z",');
    const answer = await post(body, {});
    expect(answer.status).toBe(400);
    const { code, issues } = await error(answer);
    expect(code).toBe('VALIDATION_FAILED');
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      [
        'conversation.variables.__proto__',
        'conversation.variables.constructor',
        'conversation.customFields.prototype',
        'conversation.customFields.__proto__',
      ].sort(),
    );
    const { rowCount } = await stack.pool.query("select 1 from events where event_id = 'e-proto'");
    expect(rowCount).toBe(0);
  });

  it('answers 413 in the envelope for a body over 1 MB', async () => {
    const answer = await post(`{"pad":"${'x'.repeat(1_000_001)}"}`, {});
    expect(answer.status).toBe(413);
    expect((await error(answer)).message).toMatch(/larger than/);
  });

  it('serves an OpenAPI 3.1 document with the event schema', async () => {
    const answer = await stack.fetch('/api/openapi.json');
    const document = (await answer.json()) as {
      openapi: string;
      components: { schemas: Record<string, { oneOf?: unknown[] }> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.schemas.ConversationEvent?.oneOf).toHaveLength(12);
  });
});

describe('activity log', () => {
  it('lists stored events with filters that never fail on a bad value', async () => {
    const all = ok(
      await call(admin, listActivity, { tenantId: 'acme' }, { query: { status: 'nonsense', page: '-3' } }),
    );
    expect(all.total).toBe(4);
    const found = ok(
      await call(admin, listActivity, { tenantId: 'acme' }, { query: { q: 'CONV-E-1', status: 'queued' } }),
    );
    expect(found.events.map((event) => event.eventId)).toEqual(['e-1']);
    expect(found.events[0]).toMatchObject({
      channel: 'web_chat',
      type: 'chat.started',
      status: 'queued',
      records: [],
    });
  });

  it('exports CSV with formula-like cells neutralised', async () => {
    const body = JSON.stringify({
      ...SAMPLE_EVENTS['chat.started'],
      id: 'e-csv',
      visitor: { name: '=HYPERLINK("http://evil")' },
      conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: 'conv-csv' },
    });
    expect((await post(body, {})).status).toBe(202);
    const answer = await admin.fetch('/api/tenants/acme/activity/export.csv?q=conv-csv', {
      headers: { accept: 'text/csv' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, line] = (await answer.text()).split('\r\n');
    expect(header).toMatch(/^received_at,event_id,type/);
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const other = await admin.fetch('/api/tenants/globex/activity/export.csv');
    expect(other.status).toBe(404);
  });
});
