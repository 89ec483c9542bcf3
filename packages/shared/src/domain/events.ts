import { z } from 'zod';
import type { Channel } from './channels.ts';
import {
  agentSchema,
  conversationSchema,
  EVENT_LIMITS as L,
  emailSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  messageSchema,
  visitorSchema,
} from './event-parts.ts';

export const callStatusSchema = z.enum(['answered', 'missed', 'busy', 'failed']);
export type CallStatus = z.infer<typeof callStatusSchema>;
export const callDirectionSchema = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof callDirectionSchema>;

/** Every event carries the same envelope; tenant comes from the authenticated sender, never the body. */
function envelope<T extends string, C extends Channel>(type: T, channel: C) {
  return {
    id: z.string().min(1).max(L.id),
    type: z.literal(type),
    occurredAt: isoDateTimeSchema,
    conversation: conversationSchema(channel),
    visitor: visitorSchema.default({}),
    agent: agentSchema.optional(),
  };
}

export const callSchema = z.strictObject({
  queue: z.string().max(L.name).optional(),
  status: callStatusSchema,
  direction: callDirectionSchema,
  outboundRoute: z.string().max(L.name).optional(),
  durationSeconds: z.int().min(0).max(L.callSeconds),
  caller: z.string().min(1).max(L.phone).optional(),
  callee: z.string().min(1).max(L.phone).optional(),
  recordingUrl: httpUrlSchema.optional(),
  /** Used when the envelope has no `agent` (PBX events often only know the extension's e-mail). */
  agentEmail: emailSchema.optional(),
});

export const meetingSchema = z.strictObject({
  title: z.string().max(L.shortText).optional(),
  report: z.string().max(L.longText).optional(),
});

export const chatStartedSchema = z.strictObject(envelope('chat.started', 'web_chat'));
export const chatEndedSchema = z.strictObject(envelope('chat.ended', 'web_chat'));
export const offlineMessageSchema = z.strictObject({
  ...envelope('offline_message.received', 'web_chat'),
  message: messageSchema,
});
export const conversationStartedSchema = z.strictObject({
  ...envelope('conversation.started', 'inbox'),
  message: messageSchema.optional(),
});
export const inboxMessageSchema = z.strictObject({
  ...envelope('inbox.message.received', 'inbox'),
  message: messageSchema,
});
export const callEndedSchema = z.strictObject({ ...envelope('call.ended', 'calls'), call: callSchema });
export const meetingEndedSchema = z
  .strictObject({ ...envelope('meeting.ended', 'meetings'), meeting: meetingSchema.default({}) })
  .superRefine((e, ctx) => {
    if (e.conversation.transcript.length === 0 && !e.meeting.report?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['meeting', 'report'], message: 'transcript_or_report_required' });
    }
  });

/** What the platform POSTs. Discriminated on `type`; unknown keys anywhere are rejected. */
export const conversationEventSchema = z.discriminatedUnion('type', [
  chatStartedSchema,
  chatEndedSchema,
  offlineMessageSchema,
  conversationStartedSchema,
  inboxMessageSchema,
  callEndedSchema,
  meetingEndedSchema,
]);
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
export type ConversationEventInput = z.input<typeof conversationEventSchema>;
export type EventType = ConversationEvent['type'];
export type CallEndedEvent = z.infer<typeof callEndedSchema>;
export const EVENT_TYPES = conversationEventSchema.options.map((o) => o.shape.type.value);

/** An unanswered inbound call: what the `call.missed` trigger and Zoho's `Missed` call type mean. */
export function isMissedCall(event: ConversationEvent): boolean {
  return (
    event.type === 'call.ended' && event.call.direction === 'inbound' && event.call.status !== 'answered'
  );
}

export function agentEmailOf(event: ConversationEvent): string | undefined {
  return event.agent?.email ?? (event.type === 'call.ended' ? event.call.agentEmail : undefined);
}

/** The customer's number: the visitor's phone, else the far end of the call. */
export function customerPhoneOf(event: ConversationEvent): string | undefined {
  if (event.visitor.phone) return event.visitor.phone;
  if (event.type !== 'call.ended') return undefined;
  return event.call.direction === 'inbound' ? event.call.caller : event.call.callee;
}
