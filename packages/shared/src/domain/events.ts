import { z } from 'zod';
import {
  EVENT_LIMITS as L,
  emailSchema,
  httpUrlSchema,
  messageSchema,
  eventEnvelope,
} from './event-parts.ts';
import {
  dispositionSetSchema,
  recordingAvailableSchema,
  summaryAvailableSchema,
  transcriptAvailableSchema,
} from './late-events.ts';

export const callStatusSchema = z.enum(['answered', 'missed', 'busy', 'failed']);
export type CallStatus = z.infer<typeof callStatusSchema>;
export const callDirectionSchema = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof callDirectionSchema>;

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
  /**
   * A transferred call's legs each carry the id of the call they belong to: all legs become one Call
   * record (the conversation is the parent call). Absent on a call that was never transferred.
   */
  parentCallId: z.string().min(1).max(L.id).optional(),
  /** The leg's place in the transfer chain when the PBX numbers them (1 = the first agent). */
  leg: z.int().min(1).max(1000).optional(),
});

/** A call that just started ringing or was just answered: lets a record exist before the call ends. */
export const callStartSchema = z.strictObject({
  queue: z.string().max(L.name).optional(),
  status: z.enum(['ringing', 'answered']),
  direction: callDirectionSchema,
  caller: z.string().min(1).max(L.phone).optional(),
  callee: z.string().min(1).max(L.phone).optional(),
  agentEmail: emailSchema.optional(),
  parentCallId: z.string().min(1).max(L.id).optional(),
});

export const meetingSchema = z.strictObject({
  title: z.string().max(L.shortText).optional(),
  report: z.string().max(L.longText).optional(),
});

export const chatStartedSchema = z.strictObject(eventEnvelope('chat.started', 'web_chat'));
export const chatEndedSchema = z.strictObject(eventEnvelope('chat.ended', 'web_chat'));
export const offlineMessageSchema = z.strictObject({
  ...eventEnvelope('offline_message.received', 'web_chat'),
  message: messageSchema,
});
export const conversationStartedSchema = z.strictObject({
  ...eventEnvelope('conversation.started', 'inbox'),
  message: messageSchema.optional(),
});
export const inboxMessageSchema = z.strictObject({
  ...eventEnvelope('inbox.message.received', 'inbox'),
  message: messageSchema,
});
export const callEndedSchema = z.strictObject({ ...eventEnvelope('call.ended', 'calls'), call: callSchema });
export const callStartedSchema = z.strictObject({
  ...eventEnvelope('call.started', 'calls'),
  call: callStartSchema,
});
export const meetingEndedSchema = z
  .strictObject({ ...eventEnvelope('meeting.ended', 'meetings'), meeting: meetingSchema.default({}) })
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
  callStartedSchema,
  recordingAvailableSchema,
  transcriptAvailableSchema,
  dispositionSetSchema,
  summaryAvailableSchema,
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
  if (event.agent?.email) return event.agent.email;
  if (event.type === 'call.ended' || event.type === 'call.started') return event.call.agentEmail;
  return event.type === 'call.disposition_set' ? event.disposition.agentEmail : undefined;
}

/** The customer's number: the visitor's phone, else the far end of the call. */
export function customerPhoneOf(event: ConversationEvent): string | undefined {
  if (event.visitor.phone) return event.visitor.phone;
  if (event.type !== 'call.ended' && event.type !== 'call.started') return undefined;
  return event.call.direction === 'inbound' ? event.call.caller : event.call.callee;
}

/** The call a transfer leg belongs to: its parent's id, else its own conversation. */
export function callThreadOf(event: ConversationInput): string {
  const call = 'call' in event ? (event.call as { parentCallId?: string } | undefined) : undefined;
  return call?.parentCallId ?? event.conversation.id;
}
type ConversationInput = { conversation: { id: string }; call?: unknown };
