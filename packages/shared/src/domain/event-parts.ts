import { z } from 'zod';
import type { CountryCode } from 'libphonenumber-js';
import type { Channel } from './channels.ts';
import { isPhoneRegion } from './phone-regions.ts';
import { isReservedKey, RESERVED_KEY_MESSAGE, userKeyedRecord } from './user-keyed-record.ts';

/** Size bounds: a platform bug or a hostile sender gets a 400 with issues, never an out-of-memory. */
export const EVENT_LIMITS = {
  id: 200,
  name: 200,
  email: 254,
  phone: 40,
  url: 2048,
  shortText: 500,
  text: 10_000,
  longText: 100_000,
  transcriptEntries: 2_000,
  attachments: 50,
  attachmentBytes: 1_073_741_824,
  recordEntries: 100,
  recordKey: 64,
  recordValue: 2_000,
  callSeconds: 7 * 24 * 3600,
} as const;

const L = EVENT_LIMITS;
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const httpUrlSchema = z.url({ protocol: /^https?$/ }).max(L.url);
export const emailSchema = z.email().max(L.email);

const isCountry = (code: string): code is CountryCode => /^[A-Z]{2}$/.test(code) && isPhoneRegion(code);

/** ISO 3166 alpha-2, upper case, and known to the phone metadata (so it can be a parsing region). */
export const countryCodeSchema = z.string().refine(isCountry, 'iso_3166_alpha2');

/** Keys of `variables` and `customFields`; they become source paths `variables.<k>` / `custom.<k>`. */
export const dynamicKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/, 'dynamic_key')
  .refine((key) => !isReservedKey(key), RESERVED_KEY_MESSAGE);

const dynamicValueSchema = z.union([z.string().max(L.recordValue), z.number(), z.boolean(), z.null()]);
export type DynamicValue = z.infer<typeof dynamicValueSchema>;

const boundedRecord = () =>
  userKeyedRecord(dynamicKeySchema, dynamicValueSchema)
    .refine((r) => Object.keys(r).length <= L.recordEntries, { message: 'too_many_entries' })
    .default({});

export const utmSchema = z.strictObject({
  source: z.string().max(L.shortText).optional(),
  medium: z.string().max(L.shortText).optional(),
  campaign: z.string().max(L.shortText).optional(),
  term: z.string().max(L.shortText).optional(),
  content: z.string().max(L.shortText).optional(),
});

export const attachmentSchema = z.strictObject({
  name: z.string().min(1).max(L.shortText),
  url: httpUrlSchema,
  contentType: z.string().min(1).max(200),
  size: z.int().min(0).max(L.attachmentBytes),
});

export const transcriptEntrySchema = z.strictObject({
  at: isoDateTimeSchema,
  from: z.enum(['visitor', 'agent', 'system']),
  authorName: z.string().max(L.name).optional(),
  text: z.string().max(L.text),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const visitorSchema = z.strictObject({
  name: z.string().trim().max(L.name).optional(),
  email: emailSchema.optional(),
  phone: z.string().max(L.phone).optional(),
  company: z.string().trim().max(L.name).optional(),
  /** Where the visitor is, when known: the default region for a phone number without `+`. */
  country: countryCodeSchema.optional(),
});
export type Visitor = z.infer<typeof visitorSchema>;

export const agentSchema = z.strictObject({
  email: emailSchema,
  name: z.string().max(L.name).optional(),
});

/**
 * The conversation part of every event; `channel` is pinned to the event type's channel (or channels,
 * for an event any channel may send, such as a conversation summary).
 */
export function conversationSchema<C extends Channel>(channel: C | readonly C[]) {
  return z
    .strictObject({
      id: z.string().min(1).max(L.id),
      channel: typeof channel === 'string' ? z.literal(channel) : z.literal(channel as C[]),
      inbox: z.string().max(L.name).optional(),
      queue: z.string().max(L.name).optional(),
      startedAt: isoDateTimeSchema,
      endedAt: isoDateTimeSchema.optional(),
      pageUrl: httpUrlSchema.optional(),
      utm: utmSchema.default({}),
      googleClientId: z.string().max(L.name).optional(),
      variables: boundedRecord(),
      customFields: boundedRecord(),
      attachments: z.array(attachmentSchema).max(L.attachments).default([]),
      transcript: z.array(transcriptEntrySchema).max(L.transcriptEntries).default([]),
      notes: z.string().max(L.longText).optional(),
      wrapUp: z.string().max(L.text).optional(),
    })
    .superRefine((c, ctx) => {
      if (c.endedAt && Date.parse(c.endedAt) < Date.parse(c.startedAt)) {
        ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'ended_before_started' });
      }
    });
}

/**
 * Every event carries the same envelope, the late ones included; the tenant comes from the authenticated
 * sender, never the body. `channel` pins the conversation to the event type's channel (or channels).
 */
export function eventEnvelope<T extends string, C extends Channel>(type: T, channel: C | readonly C[]) {
  return {
    id: z.string().min(1).max(L.id),
    type: z.literal(type),
    occurredAt: isoDateTimeSchema,
    conversation: conversationSchema(channel),
    visitor: visitorSchema.default({}),
    agent: agentSchema.optional(),
  };
}

export const messageSchema = z.strictObject({
  subject: z.string().max(L.shortText).optional(),
  text: z.string().max(L.longText),
});
