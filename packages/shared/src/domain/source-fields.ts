import { z } from 'zod';
import { type Channel, CHANNELS } from './channels.ts';
import { dynamicKeySchema } from './event-parts.ts';

export const sourceTypeSchema = z.enum(['text', 'email', 'phone', 'datetime', 'number', 'url', 'multiline']);
export type SourceType = z.infer<typeof sourceTypeSchema>;

export interface SourceFieldDef {
  path: string;
  type: SourceType;
  /** i18n key of the label the console shows; `labelParams` fill it for dynamic keys. */
  labelKey: string;
  labelParams?: Record<string, string>;
  channels: readonly Channel[];
}

const ALL = CHANNELS;
const CHATS: readonly Channel[] = ['web_chat', 'inbox'];
const TRACKED: readonly Channel[] = ['web_chat', 'inbox', 'calls'];
const CALLS: readonly Channel[] = ['calls'];

const def = (path: string, type: SourceType, channels: readonly Channel[] = ALL): SourceFieldDef => ({
  path,
  type,
  labelKey: `source.${path}`,
  channels,
});

/** Every static source an admin can map, in the order the console lists them. */
export const SOURCE_FIELDS: readonly SourceFieldDef[] = [
  def('agent.email', 'email'),
  def('agent.name', 'text'),
  def('visitor.name', 'text'),
  def('visitor.email', 'email'),
  def('visitor.phone', 'phone'),
  def('visitor.company', 'text'),
  def('visitor.country', 'text'),
  def('tenant.id', 'text'),
  def('channel', 'text'),
  def('conversation.id', 'text'),
  def('conversation.inbox', 'text', CHATS),
  def('conversation.queue', 'text'),
  def('conversation.transcript', 'multiline'),
  def('conversation.notes', 'multiline'),
  def('conversation.wrap_up', 'multiline'),
  def('conversation.started_at', 'datetime'),
  def('conversation.ended_at', 'datetime'),
  def('conversation.duration', 'number'),
  def('conversation.page_url', 'url', CHATS),
  def('conversation.attachments', 'multiline'),
  def('message.subject', 'text', CHATS),
  def('message.text', 'multiline', CHATS),
  def('utm.source', 'text', TRACKED),
  def('utm.medium', 'text', TRACKED),
  def('utm.campaign', 'text', TRACKED),
  def('utm.term', 'text', TRACKED),
  def('utm.content', 'text', TRACKED),
  def('google_client_id', 'text', TRACKED),
  def('variables', 'multiline'),
  def('custom', 'multiline'),
  def('call.queue', 'text', CALLS),
  def('call.direction', 'text', CALLS),
  def('call.status', 'text', CALLS),
  def('call.duration', 'number', CALLS),
  def('call.outbound_route', 'text', CALLS),
  def('call.recording_url', 'url', CALLS),
  def('call.caller', 'phone', CALLS),
  def('call.callee', 'phone', CALLS),
  def('meeting.title', 'text', ['meetings']),
  def('meeting.report', 'multiline', ['meetings']),
];

const BY_PATH = new Map(SOURCE_FIELDS.map((f) => [f.path, f]));

/** `variables.<k>` and `custom.<k>`: one value of the conversation's variables / custom fields. */
export const DYNAMIC_PREFIXES = { variables: 'source.variable', custom: 'source.custom_field' } as const;

export function findSourceField(path: string): SourceFieldDef | undefined {
  const fixed = BY_PATH.get(path);
  if (fixed) return fixed;
  const dot = path.indexOf('.');
  const prefix = path.slice(0, dot);
  const key = path.slice(dot + 1);
  if (dot < 0 || !(prefix in DYNAMIC_PREFIXES) || !dynamicKeySchema.safeParse(key).success) return undefined;
  return {
    path,
    type: 'text',
    labelKey: DYNAMIC_PREFIXES[prefix as keyof typeof DYNAMIC_PREFIXES],
    labelParams: { key },
    channels: ALL,
  };
}

export function isSourceAvailable(path: string, channel: Channel): boolean {
  return findSourceField(path)?.channels.includes(channel) ?? false;
}

export const sourcePathSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((p) => findSourceField(p) !== undefined, 'unknown_source_field');
