import { z } from 'zod';
import { channelSchema } from '../domain/channels.ts';
import { conversationEventSchema, EVENT_TYPES, type EventType } from '../domain/events.ts';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * Event intake: the contact-center platform POSTs one conversation event per request, signed with the
 * tenant's signing secret. The signature is `v1=` + hex(HMAC-SHA256(secret, `${timestamp}.${rawBody}`)),
 * `timestamp` being Unix seconds; the BFF refuses a timestamp more than 5 minutes from its clock.
 */
export const EVENT_HEADERS = {
  tenant: 'x-cxc-tenant',
  timestamp: 'x-cxc-timestamp',
  signature: 'x-cxc-signature',
} as const;

export const eventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);

export const SIGNATURE_SCHEME = 'v1';
export const SIGNATURE_TOLERANCE_SECONDS = 300;
/** A rotated-out secret is still accepted this long, so the platform can switch without losing events. */
export const SECRET_OVERLAP_HOURS = 24;
/** The raw body limit; a larger body is refused with 413 before it is parsed. */
export const MAX_EVENT_BYTES = 1_000_000;

export const postEventResponseSchema = z.object({
  accepted: z.literal(true),
  /** The platform's event id, echoed. */
  eventId: z.string(),
  /** True when this event id was already stored for the tenant: nothing new was queued. */
  duplicate: z.boolean(),
});
export type PostEventResponse = z.infer<typeof postEventResponseSchema>;

/**
 * `POST /api/events` answers 202 with `postEventResponseSchema` once the event is in PostgreSQL.
 * 400 VALIDATION_FAILED lists every problem as issues; 401 UNAUTHENTICATED for an unknown tenant, a
 * missing/bad signature or a stale timestamp (one message for all, so nothing is probed); 413 for a
 * body over MAX_EVENT_BYTES. No session, no CSRF token: the signature is the authentication.
 */
export const postEvent = defineEndpoint({
  method: 'POST',
  path: '/api/events',
  body: conversationEventSchema,
  response: postEventResponseSchema,
});

export const signingSecretStatusSchema = z.object({
  configured: z.boolean(),
  createdAt: z.string().nullable(),
  /** While a rotated-out secret is still accepted: until when. */
  previousValidUntil: z.string().nullable(),
});
export type SigningSecretStatus = z.infer<typeof signingSecretStatusSchema>;

/** Tenant admin: whether a signing secret exists (never the secret itself). */
export const getSigningSecret = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/events/signing-secret',
  params: tenantParamsSchema,
  response: signingSecretStatusSchema,
});

/**
 * Tenant admin: creates the signing secret, or rotates it (the previous one stays valid for
 * SECRET_OVERLAP_HOURS; an older one still in its overlap ends now). The answer is the only time the
 * secret is shown; it is stored encrypted.
 */
export const rotateSigningSecret = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/events/signing-secret',
  params: tenantParamsSchema,
  response: signingSecretStatusSchema.extend({ secret: z.string() }),
});

export const sendTestConversationResponseSchema = z.object({
  eventId: z.string(),
  conversationId: z.string(),
  channel: channelSchema,
  /** True when the request id was seen within the last minutes: this is the first request's event. */
  repeated: z.boolean(),
});
export type SendTestConversationResponse = z.infer<typeof sendTestConversationResponseSchema>;

/**
 * Tenant admin: "Send test conversation". Posts a sample event of the channel (a fresh id, the tenant's
 * own signature) through the same intake path, so automatic mode can be watched creating records. Its
 * visitor is synthetic and unique to the run, and the event is a test: it only creates records, marked
 * "[Test]", and never updates or links an existing one. `requestId` is made once per click: a repeat
 * within 10 minutes answers with the first event (`repeated`) instead of sending another.
 */
export const sendTestConversation = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/events/test',
  params: tenantParamsSchema,
  body: z.object({ type: eventTypeSchema.default('chat.ended'), requestId: z.uuid() }),
  response: sendTestConversationResponseSchema,
});
