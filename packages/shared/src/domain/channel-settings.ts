import { z } from 'zod';
import { type Channel, isTriggerOfChannel } from './channels.ts';
import { channelMappingSchema, mappingIssues, type SettingsIssue } from './mapping.ts';
import { activityModuleSchema, personModuleSchema } from './modules.ts';
import { CONDITION_CHANNELS, type Rule, ruleSchema } from './rule.ts';
import { attachmentSettingsSchema } from './settings-attachments.ts';
import { findSourceField } from './source-fields.ts';

export const channelModeSchema = z.enum(['automatic', 'manual']);

const channelSettingsShape = z.strictObject({
  enabled: z.boolean(),
  /** `manual`: nothing is written on events; agents act from the console panel. */
  mode: channelModeSchema,
  visitorAs: personModuleSchema,
  conversationAs: z.array(activityModuleSchema).max(4),
  /** A Deal for a person created by this conversation (never for one that already existed). */
  createDeal: z.strictObject({
    enabled: z.boolean(),
    pipeline: z.string().trim().min(1).max(200).optional(),
    stage: z.string().trim().min(1).max(200).optional(),
  }),
  /** Ordered; the first enabled rule whose trigger and conditions match decides. */
  rules: z.array(ruleSchema).max(50),
  mapping: channelMappingSchema,
  attachments: attachmentSettingsSchema,
});
export type ChannelSettings = z.infer<typeof channelSettingsShape>;

const VALUE_OPS = ['equals', 'not_equals', 'contains'];

function ruleIssues(channel: Channel, rule: Rule, dealEnabled: boolean): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (!isTriggerOfChannel(rule.trigger, channel)) {
    issues.push({
      path: ['trigger'],
      message: 'rules.trigger_not_on_channel',
      params: { trigger: rule.trigger, channel },
    });
  }
  rule.conditions.forEach((cond, j) => {
    const at = ['conditions', j];
    if (!CONDITION_CHANNELS[cond.kind].includes(channel)) {
      issues.push({
        path: [...at, 'kind'],
        message: 'rules.condition_not_on_channel',
        params: { kind: cond.kind, channel },
      });
    }
    if (cond.kind !== 'field') return;
    const def = findSourceField(cond.path);
    if (def && !def.channels.includes(channel)) {
      issues.push({
        path: [...at, 'path'],
        message: 'rules.source_not_on_channel',
        params: { path: cond.path, channel },
      });
    }
    if (VALUE_OPS.includes(cond.op) && !cond.value) {
      issues.push({ path: [...at, 'value'], message: 'rules.value_required', params: { op: cond.op } });
    }
  });
  if (rule.writes.deal && !dealEnabled)
    issues.push({ path: ['writes', 'deal'], message: 'rules.deal_not_enabled' });
  return issues;
}

export function channelIssues(channel: Channel, c: ChannelSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const ids = new Set<string>();
  c.rules.forEach((rule, i) => {
    if (ids.has(rule.id))
      issues.push({ path: ['rules', i, 'id'], message: 'rules.duplicate_id', params: { id: rule.id } });
    ids.add(rule.id);
    for (const issue of ruleIssues(channel, rule, c.createDeal.enabled))
      issues.push({ ...issue, path: ['rules', i, ...issue.path] });
  });
  c.conversationAs.forEach((m, i) => {
    if (c.conversationAs.indexOf(m) !== i)
      issues.push({
        path: ['conversationAs', i],
        message: 'channel.duplicate_module',
        params: { module: m },
      });
  });
  if (c.createDeal.enabled && !c.createDeal.stage)
    issues.push({ path: ['createDeal', 'stage'], message: 'channel.deal_stage_required' });
  for (const issue of mappingIssues(channel, c.mapping))
    issues.push({ ...issue, path: ['mapping', ...issue.path] });
  return issues;
}

/** A channel's settings, with every cross-field problem on its exact path (relative to the channel). */
export function channelSettingsSchema(channel: Channel) {
  return channelSettingsShape.superRefine((c, ctx) => {
    for (const issue of channelIssues(channel, c)) ctx.addIssue({ code: 'custom', ...issue });
  });
}
