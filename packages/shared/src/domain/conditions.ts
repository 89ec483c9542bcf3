import { z } from 'zod';
import { type Trigger, triggerSchema } from './channels.ts';
import { type ConversationEvent, isMissedCall } from './events.ts';
import { type Condition, conditionKindSchema, type Rule } from './rule.ts';
import { resolveSource, type SourceValue } from './source-resolve.ts';

/** Why a rule did not match: the trigger, the rule being off, or the first failing condition (by index). */
export const failedConditionSchema = z.discriminatedUnion('at', [
  z.strictObject({ at: z.literal('trigger'), expected: triggerSchema, actual: z.string() }),
  z.strictObject({ at: z.literal('disabled') }),
  z.strictObject({
    at: z.literal('condition'),
    index: z.int().min(0),
    kind: conditionKindSchema,
    actual: z.union([z.string(), z.number(), z.null()]),
  }),
]);
export type FailedCondition = z.infer<typeof failedConditionSchema>;

export const ruleEvaluationSchema = z.strictObject({
  ruleId: z.string(),
  ruleName: z.string(),
  passed: z.boolean(),
  failedCondition: failedConditionSchema.optional(),
});
export type RuleEvaluation = z.infer<typeof ruleEvaluationSchema>;

export interface RulesOutcome {
  matched: Rule | null;
  /** Rules in order up to and including the match: what the activity log and the dry run show. */
  evaluations: RuleEvaluation[];
}

/** `call.missed`, `call.ringing`, `call.answered` are derived (see channels.ts); other triggers are event types. */
export function triggerMatches(trigger: Trigger, event: ConversationEvent): boolean {
  if (trigger === 'call.missed') return isMissedCall(event);
  if (trigger === 'call.ringing' || trigger === 'call.answered')
    return event.type === 'call.started' && trigger === `call.${event.call.status}`;
  return trigger === event.type;
}

const norm = (v: SourceValue) => (v === undefined ? undefined : String(v).trim().toLowerCase());

function inList(op: 'in' | 'not_in', actual: SourceValue, values: readonly string[]): boolean {
  const a = norm(actual);
  const hit = a !== undefined && values.some((v) => v.trim().toLowerCase() === a);
  return op === 'in' ? hit : !hit;
}

const PATH_OF: Record<Exclude<Condition['kind'], 'field'>, string> = {
  queue: 'conversation.queue',
  call_status: 'call.status',
  direction: 'call.direction',
  outbound_route: 'call.outbound_route',
  inbox: 'conversation.inbox',
  min_duration: 'conversation.duration',
  agent_email: 'agent.email',
};

function test(cond: Condition, actual: SourceValue): boolean {
  switch (cond.kind) {
    case 'queue':
    case 'call_status':
    case 'outbound_route':
    case 'inbox':
    case 'agent_email':
      return inList(cond.op, actual, cond.values);
    case 'direction':
      return actual === cond.value;
    case 'min_duration':
      return typeof actual === 'number' ? actual >= cond.seconds : cond.seconds === 0;
    case 'field': {
      const a = norm(actual);
      const want = (cond.value ?? '').trim().toLowerCase();
      if (cond.op === 'is_set') return a !== undefined;
      if (cond.op === 'is_empty') return a === undefined;
      if (cond.op === 'contains') return a?.includes(want) ?? false;
      return cond.op === 'equals' ? a === want : a !== want;
    }
  }
}

export function evaluateCondition(
  cond: Condition,
  event: ConversationEvent,
): { passed: boolean; actual: SourceValue } {
  const actual = resolveSource(cond.kind === 'field' ? cond.path : PATH_OF[cond.kind], event);
  return { passed: test(cond, actual), actual };
}

function evaluateRule(rule: Rule, event: ConversationEvent): FailedCondition | undefined {
  if (!rule.enabled) return { at: 'disabled' };
  if (!triggerMatches(rule.trigger, event))
    return { at: 'trigger', expected: rule.trigger, actual: event.type };
  for (const [index, cond] of rule.conditions.entries()) {
    const { passed, actual } = evaluateCondition(cond, event);
    if (!passed) return { at: 'condition', index, kind: cond.kind, actual: actual ?? null };
  }
  return undefined;
}

/** First matching rule wins (XCALLY/CloudCX order semantics); evaluation stops there. */
export function evaluateRules(rules: readonly Rule[], event: ConversationEvent): RulesOutcome {
  const evaluations: RuleEvaluation[] = [];
  for (const rule of rules) {
    const failed = evaluateRule(rule, event);
    evaluations.push({
      ruleId: rule.id,
      ruleName: rule.name,
      passed: !failed,
      ...(failed ? { failedCondition: failed } : {}),
    });
    if (!failed) return { matched: rule, evaluations };
  }
  return { matched: null, evaluations };
}
