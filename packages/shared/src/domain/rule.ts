import { z } from 'zod';
import { type Channel, CHANNELS, triggerSchema } from './channels.ts';
import { emailSchema } from './event-parts.ts';
import { callDirectionSchema, callStatusSchema } from './events.ts';
import { sourcePathSchema } from './source-fields.ts';

const listOpSchema = z.enum(['in', 'not_in']);
const namesSchema = z.array(z.string().trim().min(1).max(200)).min(1).max(100);

/** XCALLY-style trigger conditions. Text comparisons ignore case and surrounding spaces. */
export const conditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('queue'), op: listOpSchema, values: namesSchema }),
  z.strictObject({
    kind: z.literal('call_status'),
    op: listOpSchema,
    values: z.array(callStatusSchema).min(1).max(4),
  }),
  z.strictObject({ kind: z.literal('direction'), value: callDirectionSchema }),
  z.strictObject({ kind: z.literal('outbound_route'), op: listOpSchema, values: namesSchema }),
  z.strictObject({ kind: z.literal('inbox'), op: listOpSchema, values: namesSchema }),
  z.strictObject({ kind: z.literal('min_duration'), seconds: z.int().min(0).max(86_400) }),
  z.strictObject({
    kind: z.literal('agent_email'),
    op: listOpSchema,
    values: z.array(emailSchema).min(1).max(500),
  }),
  z.strictObject({
    kind: z.literal('field'),
    path: sourcePathSchema,
    op: z.enum(['equals', 'not_equals', 'contains', 'is_set', 'is_empty']),
    value: z.string().max(500).optional(),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;
export const conditionKindSchema = z.enum([
  'queue',
  'call_status',
  'direction',
  'outbound_route',
  'inbox',
  'min_duration',
  'agent_email',
  'field',
]) satisfies z.ZodType<Condition['kind']>;
export type ConditionKind = Condition['kind'];

/** Where a condition makes sense; a call-status condition on a chat rule is a settings error. */
export const CONDITION_CHANNELS: Record<ConditionKind, readonly Channel[]> = {
  queue: CHANNELS,
  call_status: ['calls'],
  direction: ['calls'],
  outbound_route: ['calls'],
  inbox: ['web_chat', 'inbox'],
  min_duration: CHANNELS,
  agent_email: CHANNELS,
  field: CHANNELS,
};

/** Which of the channel's configured records a matching rule writes. */
export const writesSchema = z.strictObject({
  /** Create or update the Lead/Contact. When false the person is still looked up, to link the activity. */
  person: z.boolean().default(true),
  activities: z.boolean().default(true),
  deal: z.boolean().default(false),
});
export type Writes = z.infer<typeof writesSchema>;

export const ruleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'rule_id');

export const ruleSchema = z.strictObject({
  id: ruleIdSchema,
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
  trigger: triggerSchema,
  conditions: z.array(conditionSchema).max(20).default([]),
  writes: writesSchema.default({ person: true, activities: true, deal: false }),
});
export type Rule = z.infer<typeof ruleSchema>;
