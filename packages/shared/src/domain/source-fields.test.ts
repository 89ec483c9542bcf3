import { describe, expect, it } from 'vitest';
import { findSourceField, isSourceAvailable, SOURCE_FIELDS, sourcePathSchema } from './source-fields.ts';
import { RESOLVABLE_STATIC_PATHS, resolveSource } from './source-resolve.ts';
import { event, missedCall } from './testing/events.ts';

describe('source field catalogue', () => {
  it('has a resolver for every static source and no orphans', () => {
    expect(SOURCE_FIELDS.map((f) => f.path).sort()).toEqual([...RESOLVABLE_STATIC_PATHS].sort());
  });

  it('gives every source a type and an i18n label key', () => {
    for (const f of SOURCE_FIELDS) expect(f.labelKey).toBe(`source.${f.path}`);
    expect(findSourceField('visitor.phone')?.type).toBe('phone');
    expect(findSourceField('conversation.started_at')?.type).toBe('datetime');
  });

  it('resolves dynamic keys of variables and custom fields', () => {
    expect(findSourceField('variables.plan')).toMatchObject({
      type: 'text',
      labelKey: 'source.variable',
      labelParams: { key: 'plan' },
    });
    expect(findSourceField('custom.order_id')).toMatchObject({ labelKey: 'source.custom_field' });
    expect(findSourceField('variables.')).toBeUndefined();
    expect(findSourceField('variables.bad key')).toBeUndefined();
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(findSourceField(`variables.${key}`)).toBeUndefined();
      expect(findSourceField(`custom.${key}`)).toBeUndefined();
    }
    expect(findSourceField('nope.x')).toBeUndefined();
    expect(sourcePathSchema.safeParse('visitor.nmae').error?.issues[0]?.message).toBe('unknown_source_field');
  });

  it('knows which channel carries which source', () => {
    expect(isSourceAvailable('call.queue', 'calls')).toBe(true);
    expect(isSourceAvailable('call.queue', 'web_chat')).toBe(false);
    expect(isSourceAvailable('utm.source', 'meetings')).toBe(false);
    expect(isSourceAvailable('visitor.email', 'meetings')).toBe(true);
  });
});

describe('resolveSource', () => {
  const chat = event('chat.started');
  it.each([
    ['agent.email', 'ann@acme.test'],
    ['visitor.company', 'Analytical Engines'],
    ['channel', 'Web chat'],
    ['utm.campaign', 'spring'],
    ['google_client_id', '123.456'],
    ['variables.seats', 12],
    ['custom.order_id', 'A-42'],
    ['conversation.page_url', 'https://shop.example.com/pricing'],
    ['conversation.started_at', '2024-05-01T10:00:00Z'],
    ['conversation.ended_at', undefined],
    ['conversation.duration', undefined],
    ['call.queue', undefined],
    ['variables.missing', undefined],
  ])('%s → %j', (path, value) => {
    expect(resolveSource(path, chat)).toEqual(value);
  });

  it('resolves call facts and the tenant from the context', () => {
    const call = event('call.ended');
    expect(resolveSource('call.duration', call)).toBe(185);
    expect(resolveSource('conversation.duration', call)).toBe(185);
    expect(resolveSource('conversation.queue', call)).toBe('Sales');
    expect(resolveSource('call.caller', call)).toBe('+49 30 1234567');
    expect(resolveSource('visitor.phone', missedCall())).toBe('+49 30 1234567');
    expect(resolveSource('tenant.id', call, { tenantId: 'acme' })).toBe('acme');
  });

  it('computes a chat duration and renders the transcript', () => {
    const ended = event('chat.ended');
    expect(resolveSource('conversation.duration', ended)).toBe(300);
    expect(resolveSource('conversation.transcript', ended)).toBe(
      '[2024-05-01 10:00:05 UTC] Ada Lovelace (Visitor): Hello, I need a quote.\n[2024-05-01 10:00:30 UTC] Ann Agent (Agent): Sure, for how many seats?',
    );
  });

  it('treats blanks as absent and booleans as text', () => {
    const e = event('chat.ended', (x) => {
      x.conversation.notes = '   ';
      x.conversation.variables = { vip: true, none: null };
    });
    expect(resolveSource('conversation.notes', e)).toBeUndefined();
    expect(resolveSource('variables.vip', e)).toBe('true');
    expect(resolveSource('variables.none', e)).toBeUndefined();
  });

  it('never reads a dynamic key through to Object.prototype', () => {
    const e = event('chat.ended');
    for (const key of ['toString', 'hasOwnProperty', 'constructor', '__proto__', 'valueOf']) {
      expect(resolveSource(`variables.${key}`, e)).toBeUndefined();
      expect(resolveSource(`custom.${key}`, e)).toBeUndefined();
    }
  });
});
