import { z } from 'zod';
import { CHANNELS } from './channels.ts';
import {
  EVENT_LIMITS as L,
  emailSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  eventEnvelope,
} from './event-parts.ts';

/*
 * Events that add to a conversation after its record exists: a recording that became available, a
 * transcript, the agent's disposition, a summary. They never create a record: each updates the
 * Call/Task/Case/Note the conversation already wrote, and waits (bounded) when it arrives first.
 */
export const recordingAvailableSchema = z.strictObject({
  ...eventEnvelope('call.recording_available', 'calls'),
  recording: z.strictObject({
    url: httpUrlSchema,
    contentType: z.string().min(1).max(200).optional(),
    durationSeconds: z.int().min(0).max(L.callSeconds).optional(),
  }),
});

export const transcriptAvailableSchema = z
  .strictObject(eventEnvelope('call.transcript_available', 'calls'))
  .superRefine((e, ctx) => {
    if (e.conversation.transcript.length === 0)
      ctx.addIssue({ code: 'custom', path: ['conversation', 'transcript'], message: 'transcript_required' });
  });

export const dispositionSchema = z.strictObject({
  /** The platform's code (`sale`, `callback`); what the admin maps to Zoho's call result. */
  code: z.string().trim().min(1).max(L.name),
  label: z.string().trim().max(L.name).optional(),
  notes: z.string().max(L.text).optional(),
  /** When the agent wants to be reminded; a follow-up Task is due then (else after the configured days). */
  followUpAt: isoDateTimeSchema.optional(),
  agentEmail: emailSchema.optional(),
});
export type Disposition = z.infer<typeof dispositionSchema>;

export const dispositionSetSchema = z.strictObject({
  ...eventEnvelope('call.disposition_set', 'calls'),
  disposition: dispositionSchema,
});

export const summaryAvailableSchema = z.strictObject({
  ...eventEnvelope('conversation.summary_available', CHANNELS),
  summary: z.strictObject({ text: z.string().trim().min(1).max(L.longText) }),
});

export const LATE_EVENT_TYPES = [
  'call.recording_available',
  'call.transcript_available',
  'call.disposition_set',
  'conversation.summary_available',
] as const;
export type LateEventType = (typeof LATE_EVENT_TYPES)[number];

export function isLateEventType(type: string): type is LateEventType {
  return (LATE_EVENT_TYPES as readonly string[]).includes(type);
}
