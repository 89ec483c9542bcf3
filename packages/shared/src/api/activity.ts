import { z } from 'zod';
import { channelSchema } from '../domain/channels.ts';
import { ruleEvaluationSchema } from '../domain/conditions.ts';
import { zohoModuleSchema } from '../domain/modules.ts';
import { identifiedSchema, operationSchema, searchStepSchema } from '../domain/plan-schema.ts';
import { defineEndpoint } from './contract.ts';
import { explainedTextSchema } from './errors.ts';
import { eventTypeSchema } from './events.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * Where an event is: `queued` (stored, not started), `processing`, `done`, `retrying` (Zoho was slow,
 * down or rate-limiting; `nextAttemptAt` says when), `failed` (Zoho refused a record: see `error`),
 * `skipped` (see `skipReason`), `waiting_reconnect` (the connection must be renewed; resumes by itself).
 */
export const eventStatusSchema = z.enum([
  'queued',
  'processing',
  'done',
  'retrying',
  'failed',
  'skipped',
  'waiting_reconnect',
]);
export type EventStatus = z.infer<typeof eventStatusSchema>;

/**
 * Why a `skipped` event wrote nothing: the channel is off or in manual mode, no rule matched (see the
 * evaluations), Zoho is not connected, or the visitor matched several records and the identification
 * policy asks for a review (the event waits in the review queue), the customer's only number is one of
 * the company's own, or late call data found no record to add to within the hold time.
 */
export const skipReasonSchema = z.enum([
  'channel_disabled',
  'manual_mode',
  'no_rule_matched',
  'not_connected',
  'needs_review',
  'internal_number',
  'late_data_unused',
]);
export type SkipReason = z.infer<typeof skipReasonSchema>;

/** One Zoho record the event created or updated; `webUrl` opens it in Zoho's UI of the connection's DC. */
export const activityRecordSchema = z.object({
  step: z.number().int().min(1),
  module: zohoModuleSchema,
  role: z.enum(['person', 'activity', 'deal']),
  action: z.enum(['created', 'updated']),
  recordId: z.string(),
  /** The record's name as Zoho shows it, from the fields written; null when the write left it alone. */
  name: z.string().nullable().default(null),
  webUrl: z.string().nullable(),
});
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

/**
 * Why an event failed or is retrying, in plain words. `code` is Zoho's (`INVALID_DATA`,
 * `MANDATORY_NOT_FOUND`, `TOO_MANY_REQUESTS` …) or ours (`zoho_unreachable`, `needs_reconnect`,
 * `not_connected`, `internal`); `field` is the Zoho field API name when Zoho named one.
 */
export const activityErrorSchema = z.object({
  code: z.string(),
  /** Our explanation in English; `detail` is the same in the console's user's language. */
  message: z.string(),
  detail: explainedTextSchema.optional(),
  module: zohoModuleSchema.nullable(),
  field: z.string().nullable(),
  step: z.number().int().nullable(),
});
export type ActivityError = z.infer<typeof activityErrorSchema>;

export const activityEventSchema = z.object({
  /** Our id (uuid): what retry and the detail route take. */
  id: z.string(),
  /** The platform's event id. */
  eventId: z.string(),
  type: eventTypeSchema,
  channel: channelSchema,
  conversationId: z.string(),
  visitor: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  occurredAt: z.string(),
  receivedAt: z.string(),
  updatedAt: z.string(),
  status: eventStatusSchema,
  skipReason: skipReasonSchema.nullable(),
  /** The rule that matched, null when none did (or the event was not evaluated yet). */
  rule: z.object({ id: z.string(), name: z.string() }).nullable(),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.string().nullable(),
  records: z.array(activityRecordSchema),
  error: activityErrorSchema.nullable(),
  /**
   * Sent by the console's "Send test conversation": a synthetic visitor, never identified against Zoho;
   * its records are new and marked "[Test]".
   */
  test: z.boolean(),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

/** Filters and paging as URL query params; each `.catch()`es, so a hand-edited URL cannot break the page. */
export const activityQuerySchema = z.object({
  status: eventStatusSchema.optional().catch(undefined),
  channel: channelSchema.optional().catch(undefined),
  type: eventTypeSchema.optional().catch(undefined),
  /** ISO date-times, inclusive `from`, exclusive `to`, on `receivedAt`. */
  from: z.iso.datetime({ offset: true }).optional().catch(undefined),
  to: z.iso.datetime({ offset: true }).optional().catch(undefined),
  /** Matches the conversation id, the platform event id, the visitor's name, e-mail or phone (substring, any case). */
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  perPage: z.coerce.number().int().min(1).max(100).catch(25),
});
export type ActivityQuery = z.infer<typeof activityQuerySchema>;

/** Newest first. */
export const listActivity = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/activity',
  params: tenantParamsSchema,
  query: activityQuerySchema,
  response: z.object({ events: z.array(activityEventSchema), total: z.number().int().min(0) }),
});

export const activityParamsSchema = tenantParamsSchema.extend({ id: z.uuid() });

/** One operation of the plan and what happened to it at Zoho. */
export const activityOperationSchema = z.object({
  step: z.number().int().min(1),
  status: z.enum(['pending', 'writing', 'done', 'skipped', 'failed']),
  operation: operationSchema,
  recordId: z.string().nullable(),
  /** As on a record: the name the operation wrote, null when it wrote none. */
  name: z.string().nullable().default(null),
  webUrl: z.string().nullable(),
  error: activityErrorSchema.nullable(),
});
export type ActivityOperation = z.infer<typeof activityOperationSchema>;

/** An operation of a plan that a manual retry replaced (done or failed then), with when it was replaced. */
export const previousOperationSchema = activityOperationSchema.extend({ replacedAt: z.string() });
export type PreviousOperation = z.infer<typeof previousOperationSchema>;

/** A file or recording attached to a step's Zoho record: what happened to it, and why in plain words. */
export const activityAttachmentSchema = z.object({
  step: z.number().int().min(1),
  index: z.number().int().min(0),
  name: z.string(),
  module: z.string(),
  status: z.enum(['pending', 'done', 'failed']),
  /** What the plan asked for, and what was sent (a file too large when downloaded goes as a link). */
  as: z.enum(['file', 'link']),
  sentAs: z.enum(['file', 'link']).nullable(),
  size: z.number().int().min(0).nullable(),
  zohoAttachmentId: z.string().nullable(),
  /** Why it failed, or a note on a done one (`linked_too_large`). */
  reason: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ActivityAttachment = z.infer<typeof activityAttachmentSchema>;

/**
 * Who was matched and why: every search the engine made (module, rule, the value searched, what Zoho
 * returned and what survived the exact re-check) and the outcome. `names` gives the records' names
 * where the plan knows them. Null when the event was not planned yet; `test` events are never identified.
 */
export const activityIdentificationSchema = z.object({
  test: z.boolean(),
  searches: z.array(searchStepSchema),
  identified: identifiedSchema.nullable(),
  names: z.record(z.string(), z.string()),
});
export type ActivityIdentification = z.infer<typeof activityIdentificationSchema>;

/** The event with its payload, every rule evaluation and every operation (the log's detail view). */
export const getActivityEvent = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/activity/:id',
  params: activityParamsSchema,
  response: z.object({
    event: activityEventSchema,
    payload: z.record(z.string(), z.unknown()),
    evaluations: z.array(ruleEvaluationSchema),
    operations: z.array(activityOperationSchema),
    /** What earlier plans did before a manual retry planned the event again, oldest first. */
    previousOperations: z.array(previousOperationSchema).default([]),
    attachments: z.array(activityAttachmentSchema).default([]),
    identification: activityIdentificationSchema.nullable().default(null),
  }),
});

/**
 * Queues a `failed`, `skipped`, `retrying` or `waiting_reconnect` event again (now), planned again with
 * the current settings: records already written are linked to the conversation and updated, not created
 * twice, and the replaced operations move to `previousOperations`. Only an event with an operation still
 * `writing` (Zoho may have the record) keeps its plan. Another status → 409 CONFLICT.
 */
export const retryActivityEvent = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/activity/:id/retry',
  params: activityParamsSchema,
  response: z.object({ event: activityEventSchema }),
});

/** Queues every `failed` event of the tenant again, planned again like a single retry. */
export const retryFailedActivity = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/activity/retry-failed',
  params: tenantParamsSchema,
  response: z.object({ retried: z.number().int().min(0) }),
});

/**
 * CSV of the filtered list (same query params, without paging; at most ACTIVITY_EXPORT_LIMIT rows,
 * newest first). Not a JSON endpoint: `text/csv; charset=utf-8` with a download filename. Cells that
 * a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR) are prefixed with `'`.
 */
export const ACTIVITY_EXPORT_PATH = '/api/tenants/:tenantId/activity/export.csv';
export const ACTIVITY_EXPORT_LIMIT = 10_000;
export const ACTIVITY_EXPORT_COLUMNS = [
  'received_at',
  'event_id',
  'type',
  'channel',
  'conversation_id',
  'visitor',
  'status',
  'skip_reason',
  'rule',
  'records',
  'error_code',
  'error_message',
  'test',
] as const;
