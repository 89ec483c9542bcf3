import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SigningStack, startSigningStack } from '../../../test/signing-stack.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';

let env: SigningStack;

beforeAll(async () => {
  env = await startSigningStack();
});
afterAll(async () => {
  await env.stack.stop();
});

const now = () => String(Math.floor(Date.now() / 1000));
const post = (body: Buffer, signature?: string) => env.post(body, signature);

/** A sample event whose visitor name is `name`, serialised by JSON.stringify (which escapes lone surrogates). */
function eventWithName(id: string, name: string) {
  const sample = SAMPLE_EVENTS['chat.started'];
  return Buffer.from(
    JSON.stringify({
      ...sample,
      id,
      conversation: { ...sample.conversation, id: `conv-${id}` },
      visitor: { ...sample.visitor, name },
    }),
    'utf8',
  );
}

async function storedName(id: string) {
  const { rows } = await env.stack.pool.query<{ visitor_name: string; name: string }>(
    "select visitor_name, payload->'visitor'->>'name' as name from events where tenant_id = 'acme' and event_id = $1",
    [id],
  );
  return rows[0];
}

describe('POST /api/events with text PostgreSQL cannot store', () => {
  it('stores an event with NUL and lone surrogates (NUL removed, surrogates replaced) instead of losing it', async () => {
    for (const [id, name, expected] of [
      ['t-nul', 'Ada\u0000Lovelace', 'AdaLovelace'],
      ['t-high', 'Ada \uD800 Lovelace', 'Ada \uFFFD Lovelace'],
      ['t-low', '\uDC00Ada', '\uFFFDAda'],
      ['t-emoji', 'Ada 😀 مرحبا', 'Ada 😀 مرحبا'],
    ] as const) {
      const answer = await post(eventWithName(id, name));
      expect(answer.status, id).toBe(202);
      expect(await storedName(id)).toEqual({ visitor_name: expected, name: expected });
    }
  });

  it('stores an event whose keys and ids carry NUL, and a repeat is still recognised as the same event', async () => {
    const sample = SAMPLE_EVENTS['chat.started'];
    const body = Buffer.from(
      JSON.stringify({
        ...sample,
        id: 't-\u0000key',
        conversation: {
          ...sample.conversation,
          id: 'conv-\u0000k',
          customFields: { 'note\u0000': 'x\u0000y' },
        },
      }),
      'utf8',
    );
    const first = await post(body);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ eventId: 't-key', duplicate: false });
    const again = await post(body);
    expect(await again.json()).toMatchObject({ eventId: 't-key', duplicate: true });
    const { rows } = await env.stack.pool.query(
      "select conversation_id, payload->'conversation'->'customFields' as custom from events where event_id = 't-key'",
    );
    expect(rows).toEqual([{ conversation_id: 'conv-k', custom: { note: 'xy' } }]);
  });

  it('signs the bytes: invalid UTF-8 swapped for other invalid UTF-8 under one signature is refused', async () => {
    const sample = SAMPLE_EVENTS['chat.started'];
    const template = JSON.stringify({
      ...sample,
      id: 't-bytes',
      conversation: { ...sample.conversation, id: 'conv-t-bytes' },
      visitor: { ...sample.visitor, name: 'NAME' },
    });
    const [before, after] = template.split('NAME') as [string, string];
    const withBytes = (bytes: number[]) =>
      Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
    // Both decode to "\uFFFD" in UTF-8, so a signature over decoded text could not tell them apart.
    const signed = withBytes([0xff]);
    const swapped = withBytes([0xfe]);
    expect(signed.toString('utf8')).toBe(swapped.toString('utf8'));
    const timestamp = now();
    const signature = signEvent(env.secret, timestamp, signed);
    const forged = await env.stack.fetch('/api/events', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cxc-tenant': 'acme',
        'x-cxc-timestamp': timestamp,
        'x-cxc-signature': signature,
      },
      body: swapped,
    });
    expect(forged.status).toBe(401);
    const genuine = await post(signed);
    expect(genuine.status).toBe(202);
    expect(await storedName('t-bytes')).toEqual({ visitor_name: '\uFFFD', name: '\uFFFD' });
  });

  it('refuses JSON nested too deeply with 400, not a crash', async () => {
    const depth = 5_000;
    const answer = await post(Buffer.from(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`));
    expect(answer.status).toBe(400);
  });
});
