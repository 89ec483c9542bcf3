import { z } from 'zod';
import { candidateSummarySchema } from './candidate-summary.ts';
import { channelSchema } from './channels.ts';
import { ruleEvaluationSchema } from './conditions.ts';
import { multipleMatchPolicySchema } from './identification.ts';
import { lookupQuerySchema } from './lookup.ts';
import { zohoModuleSchema } from './modules.ts';

export const zohoValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.strictObject({ id: z.string() }),
]);
export type ZohoValue = z.infer<typeof zohoValueSchema>;

/** A record the plan points at: one that exists, or one an earlier step of this plan creates. */
export const recordRefSchema = z.discriminatedUnion('ref', [
  z.strictObject({ ref: z.literal('existing'), module: zohoModuleSchema, id: z.string() }),
  z.strictObject({ ref: z.literal('created'), module: zohoModuleSchema, step: z.int().min(1) }),
]);
export type RecordRef = z.infer<typeof recordRefSchema>;

/** `lookup`: `{"id": …}` (Who_Id, What_Id, Contact_Name); `id_string`: a bare id (v2 Notes' Parent_Id). */
export const planLinkSchema = z.strictObject({
  field: z.string(),
  target: recordRefSchema,
  shape: z.enum(['lookup', 'id_string']),
  seModuleField: z.enum(['$se_module', 'se_module']).optional(),
});
export type PlanLink = z.infer<typeof planLinkSchema>;

/** A file or recording to attach to the operation's record (as the file, or as a link to it). */
export const planAttachmentSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  contentType: z.string(),
  /** Absent when the event does not say (a call recording). */
  size: z.int().min(0).optional(),
  as: z.enum(['file', 'link']),
});
export type PlanAttachment = z.infer<typeof planAttachmentSchema>;
// Optional: plans stored before attachments existed keep parsing.
const attachmentsSchema = z.array(planAttachmentSchema).optional();

export const operationRoleSchema = z.enum(['person', 'activity', 'deal']);
const fieldsSchema = z.record(z.string(), zohoValueSchema);
const opBase = { step: z.int().min(1), role: operationRoleSchema, module: zohoModuleSchema };

export const operationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...opBase,
    kind: z.literal('create'),
    fields: fieldsSchema,
    links: z.array(planLinkSchema),
    /** The body Zoho will receive, created ids shown as `{{stepN.id}}`. */
    payload: z.record(z.string(), z.unknown()),
    attachments: attachmentsSchema,
  }),
  z.strictObject({
    ...opBase,
    kind: z.literal('update'),
    recordId: z.string(),
    fields: fieldsSchema,
    changes: z.array(z.strictObject({ field: z.string(), from: z.unknown(), to: zohoValueSchema })),
    links: z.array(planLinkSchema),
    payload: z.record(z.string(), z.unknown()),
    attachments: attachmentsSchema,
  }),
  z.strictObject({
    ...opBase,
    kind: z.literal('skip'),
    recordId: z.string().optional(),
    reason: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    /** Only with `recordId`: files go to a record that exists even when its fields are not written. */
    attachments: attachmentsSchema,
  }),
]);
export type Operation = z.infer<typeof operationSchema>;

export const searchStepSchema = z.strictObject({
  module: zohoModuleSchema,
  rule: z.enum(['stored_link', 'email', 'phone', 'name_company', 'custom_field']),
  query: lookupQuerySchema,
  /** What Zoho returned, then what survived our exact re-check (Zoho's `equals` is a word match). */
  resultIds: z.array(z.string()),
  matchedIds: z.array(z.string()),
});
export type SearchStep = z.infer<typeof searchStepSchema>;

export const identifiedSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('found'),
    /** `Accounts` with the `shared_account` policy: the activity goes to the Account, no person. */
    module: zohoModuleSchema,
    recordId: z.string(),
    /** `review`: a person picked in the review queue. */
    via: z.enum([...searchStepSchema.shape.rule.options, 'review']),
    candidates: z.array(z.string()),
    policy: multipleMatchPolicySchema.optional(),
    /**
     * The people it chose among (a review, or a policy over several), by name, so the console names the
     * chosen one without another call to Zoho. Optional: plans stored before it keep parsing.
     */
    people: z.array(candidateSummarySchema).optional(),
  }),
  z.strictObject({ outcome: z.literal('not_found') }),
  z.strictObject({
    outcome: z.literal('needs_review'),
    module: zohoModuleSchema,
    candidates: z.array(z.string()),
    /** Optional: plans stored before the review queue keep parsing. */
    people: z.array(candidateSummarySchema).optional(),
  }),
]);
export type Identified = z.infer<typeof identifiedSchema>;

export const ownerSourceSchema = z.enum([
  'missed_call_owner',
  'user_link',
  'email_match',
  'unassigned_call_owner',
  'default_owner',
  'connected_user',
]);

export const ownerResolutionSchema = z.strictObject({
  /** `null` with `connected_user`: Owner is left out and Zoho assigns the connecting user itself. */
  ownerId: z.string().nullable(),
  source: ownerSourceSchema,
  steps: z.array(z.strictObject({ check: z.string(), outcome: z.string(), detail: z.string().optional() })),
});
export type OwnerResolution = z.infer<typeof ownerResolutionSchema>;

export const planIssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  module: zohoModuleSchema.optional(),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type PlanIssue = z.infer<typeof planIssueSchema>;

export const planSchema = z.strictObject({
  eventId: z.string(),
  eventType: z.string(),
  channel: channelSchema,
  /** `blocked`: an error issue (e.g. a mandatory field came out empty); nothing should be written. */
  /** `waiting`: late call data whose conversation has no record yet; the engine holds it (bounded). */
  status: z.enum(['ready', 'skipped', 'needs_review', 'blocked', 'waiting']),
  /** A console test conversation: identification was not run and every record is created and marked. */
  test: z.literal(true).optional(),
  skipReason: z.enum(['channel_disabled', 'manual_mode', 'no_rule_matched', 'internal_number']).optional(),
  rule: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  evaluations: z.array(ruleEvaluationSchema),
  searches: z.array(searchStepSchema),
  identified: identifiedSchema.optional(),
  account: z.strictObject({ id: z.string(), via: searchStepSchema.shape.rule }).optional(),
  owner: ownerResolutionSchema.optional(),
  operations: z.array(operationSchema),
  issues: z.array(planIssueSchema),
});
export type Plan = z.infer<typeof planSchema>;
