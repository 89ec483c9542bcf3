import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateRules, triggerMatches } from './conditions.ts';
import { type Rule, ruleSchema } from './rule.ts';
import { event, missedCall } from './testing/events.ts';

const rule = (r: Partial<Rule> & Pick<Rule, 'id' | 'trigger'>): Rule =>
  ruleSchema.parse({ name: r.id, ...r });
const answered = event('call.ended');
const outbound = event('call.ended', (e) => {
  if (e.type !== 'call.ended') return;
  Object.assign(e.call, {
    direction: 'outbound',
    status: 'busy',
    durationSeconds: 0,
    outboundRoute: 'DE-Mobile',
  });
});

describe('triggerMatches', () => {
  it('matches event types, and call.missed only on unanswered inbound calls', () => {
    expect(triggerMatches('chat.ended', event('chat.ended'))).toBe(true);
    expect(triggerMatches('chat.started', event('chat.ended'))).toBe(false);
    expect(triggerMatches('call.missed', missedCall())).toBe(true);
    expect(triggerMatches('call.ended', missedCall())).toBe(true);
    expect(triggerMatches('call.missed', answered)).toBe(false);
    expect(triggerMatches('call.missed', outbound)).toBe(false);
  });
});

describe('evaluateCondition', () => {
  it.each([
    [{ kind: 'queue', op: 'in', values: ['sales ', 'Support'] }, answered, true],
    [{ kind: 'queue', op: 'not_in', values: ['Sales'] }, answered, false],
    [{ kind: 'queue', op: 'not_in', values: ['Sales'] }, event('chat.ended'), true],
    [{ kind: 'call_status', op: 'in', values: ['missed', 'busy'] }, outbound, true],
    [{ kind: 'call_status', op: 'not_in', values: ['answered'] }, answered, false],
    [{ kind: 'direction', value: 'outbound' }, outbound, true],
    [{ kind: 'direction', value: 'outbound' }, answered, false],
    [{ kind: 'outbound_route', op: 'in', values: ['de-mobile'] }, outbound, true],
    [{ kind: 'outbound_route', op: 'in', values: ['DE-Mobile'] }, answered, false],
    [{ kind: 'inbox', op: 'in', values: ['support@acme.test'] }, event('conversation.started'), true],
    [{ kind: 'min_duration', seconds: 60 }, answered, true],
    [{ kind: 'min_duration', seconds: 186 }, answered, false],
    [{ kind: 'min_duration', seconds: 10 }, event('chat.started'), false],
    [{ kind: 'min_duration', seconds: 0 }, event('chat.started'), true],
    [{ kind: 'agent_email', op: 'in', values: ['ANN@acme.test'] }, answered, true],
    [{ kind: 'agent_email', op: 'not_in', values: ['ann@acme.test'] }, missedCall(), true],
    [{ kind: 'field', path: 'variables.plan', op: 'equals', value: 'PRO' }, event('chat.started'), true],
    [{ kind: 'field', path: 'variables.plan', op: 'not_equals', value: 'pro' }, event('chat.started'), false],
    [
      { kind: 'field', path: 'conversation.wrap_up', op: 'contains', value: 'quote' },
      event('chat.ended'),
      true,
    ],
    [{ kind: 'field', path: 'conversation.wrap_up', op: 'is_set' }, event('chat.started'), false],
    [{ kind: 'field', path: 'conversation.wrap_up', op: 'is_empty' }, event('chat.started'), true],
  ] as const)('%j', (cond, e, passed) => {
    expect(evaluateCondition(cond as never, e).passed).toBe(passed);
  });
});

describe('evaluateRules', () => {
  const rules = [
    rule({ id: 'off', trigger: 'call.ended', enabled: false }),
    rule({ id: 'missed', trigger: 'call.missed' }),
    rule({
      id: 'vip-queue',
      trigger: 'call.ended',
      conditions: [{ kind: 'queue', op: 'in', values: ['VIP'] }],
    }),
    rule({
      id: 'long-sales',
      trigger: 'call.ended',
      conditions: [
        { kind: 'direction', value: 'inbound' },
        { kind: 'min_duration', seconds: 60 },
      ],
    }),
    rule({ id: 'catch-all', trigger: 'call.ended' }),
  ];

  it('returns the first matching rule and why the earlier ones failed', () => {
    expect(evaluateRules(rules, answered)).toEqual({
      matched: rules[3],
      evaluations: [
        { ruleId: 'off', ruleName: 'off', passed: false, failedCondition: { at: 'disabled' } },
        {
          ruleId: 'missed',
          ruleName: 'missed',
          passed: false,
          failedCondition: { at: 'trigger', expected: 'call.missed', actual: 'call.ended' },
        },
        {
          ruleId: 'vip-queue',
          ruleName: 'vip-queue',
          passed: false,
          failedCondition: { at: 'condition', index: 0, kind: 'queue', actual: 'Sales' },
        },
        { ruleId: 'long-sales', ruleName: 'long-sales', passed: true },
      ],
    });
  });

  it('reports the failing condition index and the actual value', () => {
    const short = event('call.ended', (e) => {
      if (e.type === 'call.ended') e.call.durationSeconds = 20;
    });
    const outcome = evaluateRules(rules, short);
    expect(outcome.matched?.id).toBe('catch-all');
    expect(outcome.evaluations[3]?.failedCondition).toEqual({
      at: 'condition',
      index: 1,
      kind: 'min_duration',
      actual: 20,
    });
  });

  it('routes missed calls to the missed rule', () => {
    expect(evaluateRules(rules, missedCall()).matched?.id).toBe('missed');
  });

  it('returns no match with every evaluation when nothing fits', () => {
    const outcome = evaluateRules(rules.slice(0, 3), outbound);
    expect(outcome.matched).toBeNull();
    expect(outcome.evaluations.map((e) => e.passed)).toEqual([false, false, false]);
    expect(outcome.evaluations[2]?.failedCondition).toEqual({
      at: 'condition',
      index: 0,
      kind: 'queue',
      actual: 'Sales',
    });
    expect(evaluateRules([], outbound)).toEqual({ matched: null, evaluations: [] });
  });
});
