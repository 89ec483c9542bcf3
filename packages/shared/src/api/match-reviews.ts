import { z } from 'zod';
import { channelSchema } from '../domain/channels.ts';
import { personModuleSchema } from '../domain/modules.ts';
import { candidateSummarySchema } from '../domain/candidate-summary.ts';
import { defineEndpoint } from './contract.ts';
import { eventTypeSchema } from './events.ts';
import { tenantParamsSchema } from './tenants.ts';

/** One of several people or "create new": what was picked for a held event. */
export const reviewChoiceSchema = z.union([
  z.strictObject({ recordId: z.string().regex(/^\d{1,30}$/, 'zoho_id'), module: personModuleSchema }),
  z.strictObject({ create: z.literal(true) }),
]);
export type ReviewChoiceInput = z.infer<typeof reviewChoiceSchema>;

export const matchReviewSchema = z.object({
  id: z.string(),
  /** The activity log's id of the held event. */
  eventId: z.string(),
  eventType: eventTypeSchema,
  conversationId: z.string(),
  channel: channelSchema,
  module: personModuleSchema,
  visitor: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  candidates: z.array(candidateSummarySchema),
  status: z.enum(['open', 'resolved']),
  choice: reviewChoiceSchema.nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MatchReview = z.infer<typeof matchReviewSchema>;

/**
 * The review queue: events held because several people matched and the module's policy is "ask".
 * Agents and admins of the tenant see the same queue.
 */
export const listMatchReviews = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/match-reviews',
  params: tenantParamsSchema,
  query: z.object({
    status: z.enum(['open', 'resolved']).catch('open'),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    perPage: z.coerce.number().int().min(1).max(100).catch(20),
  }),
  response: z.object({ reviews: z.array(matchReviewSchema), total: z.number().int() }),
});

export const reviewParamsSchema = tenantParamsSchema.extend({ id: z.uuid() });

/**
 * Picks the person (one of the candidates) or "create new"; the held event then continues with that
 * choice. A review someone already settled answers 409 CONFLICT and changes nothing (a double click).
 */
export const resolveMatchReview = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/match-reviews/:id/resolve',
  params: reviewParamsSchema,
  body: z.strictObject({ choice: reviewChoiceSchema }),
  response: z.object({ review: matchReviewSchema }),
});
