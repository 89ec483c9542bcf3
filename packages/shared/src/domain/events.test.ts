import { describe, expect, it } from 'vitest';
import {
  agentEmailOf,
  conversationEventSchema,
  customerPhoneOf,
  EVENT_TYPES,
  isMissedCall,
} from './events.ts';
import { EXAMPLES, event, missedCall } from './testing/events.ts';

const paths = (input: unknown) => {
  const result = conversationEventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('conversation events', () => {
  it.each(Object.keys(EXAMPLES))('accepts a valid %s', (type) => {
    const parsed = conversationEventSchema.parse(EXAMPLES[type as keyof typeof EXAMPLES]);
    expect(parsed.type).toBe(type);
  });

  it('covers every event type with an example', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('fills defaults for optional collections', () => {
    const parsed = conversationEventSchema.parse({
      id: 'e',
      type: 'chat.started',
      occurredAt: '2024-05-01T10:00:00+02:00',
      conversation: { id: 'c', channel: 'web_chat', startedAt: '2024-05-01T10:00:00+02:00' },
    });
    expect(parsed.visitor).toEqual({});
    expect(parsed.conversation).toMatchObject({
      utm: {},
      variables: {},
      customFields: {},
      attachments: [],
      transcript: [],
    });
  });

  it('rejects an unknown type on the discriminator', () => {
    const result = conversationEventSchema.safeParse({ ...EXAMPLES['chat.ended'], type: 'chat.exploded' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'invalid_union', path: ['type'] }),
    ]);
  });

  it('lists every problem of a bad call event on its exact path', () => {
    const bad = structuredClone(EXAMPLES['call.ended']) as Record<string, unknown> &
      (typeof EXAMPLES)['call.ended'];
    Object.assign(bad, { occurredAt: 'yesterday', surprise: true });
    Object.assign(bad.conversation, { channel: 'web_chat', pageUrl: 'javascript:alert(1)' });
    Object.assign(bad.visitor, { email: 'not-an-email', country: 'Germany' });
    Object.assign(bad.agent, { email: 'ann' });
    Object.assign(bad.call, {
      status: 'exploded',
      direction: 'sideways',
      durationSeconds: -1,
      recordingUrl: 'ftp://x/y',
    });
    expect(paths(bad).sort()).toEqual(
      [
        'occurredAt',
        '',
        'conversation.channel',
        'conversation.pageUrl',
        'visitor.email',
        'visitor.country',
        'agent.email',
        'call.status',
        'call.direction',
        'call.durationSeconds',
        'call.recordingUrl',
      ].sort(),
    );
    const unknown = conversationEventSchema
      .safeParse(bad)
      .error?.issues.find((i) => i.code === 'unrecognized_keys');
    expect(unknown).toMatchObject({ keys: ['surprise'] });
  });

  it('rejects unknown keys in nested objects', () => {
    const bad = structuredClone(EXAMPLES['chat.ended']);
    Object.assign(bad.conversation, { tenantId: 'sneaky' });
    Object.assign(bad.visitor, { ssn: '123' });
    expect(paths(bad).sort()).toEqual(['conversation', 'visitor']);
  });

  it('bounds sizes so oversized input is a 400, not a crash', () => {
    const bad = structuredClone(EXAMPLES['chat.ended']) as {
      conversation: Record<string, unknown>;
      visitor: Record<string, unknown>;
      id: string;
    };
    bad.id = 'x'.repeat(201);
    bad.visitor.name = 'n'.repeat(201);
    bad.conversation.transcript = Array.from({ length: 2001 }, () => ({
      at: '2024-05-01T10:00:00Z',
      from: 'visitor',
      text: 'hi',
    }));
    bad.conversation.attachments = Array.from({ length: 51 }, () => ({
      name: 'a',
      url: 'https://x.test/a',
      contentType: 'text/plain',
      size: 1,
    }));
    bad.conversation.variables = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    bad.conversation.customFields = { 'bad key!': 'v' };
    expect(paths(bad).sort()).toEqual(
      [
        'id',
        'visitor.name',
        'conversation.transcript',
        'conversation.attachments',
        'conversation.variables',
        'conversation.customFields.bad key!',
      ].sort(),
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %j as a key of variables and customFields, naming the field',
    (key) => {
      // As the wire delivers it: JSON.parse makes `__proto__` an own key (an object literal would not).
      const raw = JSON.stringify(EXAMPLES['chat.ended']).replace(
        '"variables":{',
        `"variables":{"${key}":"x",`,
      );
      const body = JSON.parse(
        raw.replace('"customFields":{', `"customFields":{"${key}":{"polluted":true},`),
      ) as { conversation: { variables: object } };
      expect(Object.keys(body.conversation.variables)).toContain(key);
      const result = conversationEventSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
        expect.arrayContaining([
          [`conversation.variables.${key}`, 'reserved_key'],
          [`conversation.customFields.${key}`, 'reserved_key'],
        ]),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('accepts keys that merely contain a reserved word', () => {
    const parsed = event('chat.ended', (e) => {
      e.conversation.variables = { proto: 'a', constructor_id: 'b', __proto: 'c', Prototype: 'd' };
    });
    expect(Object.keys(parsed.conversation.variables)).toEqual([
      'proto',
      'constructor_id',
      '__proto',
      'Prototype',
    ]);
  });

  it('rejects a conversation that ends before it starts', () => {
    const bad = structuredClone(EXAMPLES['chat.ended']);
    bad.conversation.endedAt = '2024-05-01T09:00:00Z';
    expect(paths(bad)).toEqual(['conversation.endedAt']);
  });

  it('requires a message on message events and a transcript or report on meetings', () => {
    const offline = structuredClone(EXAMPLES['offline_message.received']) as Record<string, unknown>;
    delete offline.message;
    expect(paths(offline)).toEqual(['message']);
    const meeting = structuredClone(EXAMPLES['meeting.ended']);
    meeting.conversation.transcript = [];
    meeting.meeting = { title: 'Empty' } as typeof meeting.meeting;
    expect(paths(meeting)).toEqual(['meeting.report']);
  });

  it('pins the conversation channel to the event type', () => {
    const bad = structuredClone(EXAMPLES['meeting.ended']);
    (bad.conversation as { channel: string }).channel = 'calls';
    expect(paths(bad)).toEqual(['conversation.channel']);
  });
});

describe('event helpers', () => {
  it('knows a missed call: inbound and not answered', () => {
    expect(isMissedCall(missedCall())).toBe(true);
    expect(isMissedCall(event('call.ended'))).toBe(false);
    const busyOutbound = event('call.ended', (e) => {
      if (e.type === 'call.ended') Object.assign(e.call, { direction: 'outbound', status: 'busy' });
    });
    expect(isMissedCall(busyOutbound)).toBe(false);
    expect(isMissedCall(event('chat.ended'))).toBe(false);
  });

  it('takes the agent e-mail from the envelope, then from the call', () => {
    expect(agentEmailOf(event('chat.ended'))).toBe('ann@acme.test');
    const pbx = event('call.ended', (e) => {
      delete e.agent;
      if (e.type === 'call.ended') e.call.agentEmail = 'ext12@acme.test';
    });
    expect(agentEmailOf(pbx)).toBe('ext12@acme.test');
    expect(agentEmailOf(missedCall())).toBeUndefined();
  });

  it('uses the far end of the call as the customer phone', () => {
    expect(customerPhoneOf(event('call.ended'))).toBe('+49 30 1234567');
    const outbound = event('call.ended', (e) => {
      if (e.type === 'call.ended') e.call.direction = 'outbound';
    });
    expect(customerPhoneOf(outbound)).toBe('+49 30 9999000');
    expect(customerPhoneOf(event('chat.ended'))).toBe('030 1234567');
  });
});
