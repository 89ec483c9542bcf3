import { type ContentLanguage, DEFAULT_CONTENT_LANGUAGE } from './content-language.ts';
import { DEFAULT_WORDS } from './default-words.ts';
import { type DynamicValue } from './event-parts.ts';
import { agentEmailOf, type ConversationEvent, customerPhoneOf } from './events.ts';
import { renderKeyValues, renderTranscript } from './text-format.ts';

export interface ResolveContext {
  tenantId?: string;
  /** IANA zone for times written into text (transcript lines). Defaults to UTC. */
  timeZone?: string;
  /** The tenant's language for the words the connector adds (channel names, speakers). Defaults to English. */
  language?: ContentLanguage;
}

const wordsOf = (ctx: ResolveContext) => DEFAULT_WORDS[ctx.language ?? DEFAULT_CONTENT_LANGUAGE];

/** A resolved value: datetimes stay ISO strings (formatting depends on the target), absent is `undefined`. */
export type SourceValue = string | number | undefined;

type Resolver = (e: ConversationEvent, ctx: ResolveContext) => DynamicValue | undefined;

const call = (e: ConversationEvent) =>
  e.type === 'call.ended' || e.type === 'call.started' ? e.call : undefined;
const ended = (e: ConversationEvent) => (e.type === 'call.ended' ? e.call : undefined);
const message = (e: ConversationEvent) => ('message' in e ? e.message : undefined);

function durationSeconds(e: ConversationEvent): number | undefined {
  if (e.type === 'call.ended') return e.call.durationSeconds;
  const { startedAt, endedAt } = e.conversation;
  return endedAt ? Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000) : undefined;
}

const RESOLVERS: Record<string, Resolver> = {
  'agent.email': (e) => agentEmailOf(e),
  'agent.name': (e) => e.agent?.name,
  'visitor.name': (e) => e.visitor.name,
  'visitor.email': (e) => e.visitor.email,
  'visitor.phone': (e) => customerPhoneOf(e),
  'visitor.company': (e) => e.visitor.company,
  'visitor.country': (e) => e.visitor.country,
  'tenant.id': (_e, ctx) => ctx.tenantId,
  channel: (e, ctx) => wordsOf(ctx).channelNames[e.conversation.channel],
  'conversation.id': (e) => e.conversation.id,
  'conversation.inbox': (e) => e.conversation.inbox,
  'conversation.queue': (e) => e.conversation.queue ?? call(e)?.queue,
  'conversation.transcript': (e, ctx) =>
    renderTranscript(e.conversation.transcript, ctx.timeZone, wordsOf(ctx).speakers),
  'conversation.notes': (e) => e.conversation.notes,
  'conversation.wrap_up': (e) => e.conversation.wrapUp,
  'conversation.started_at': (e) => e.conversation.startedAt,
  'conversation.ended_at': (e) => e.conversation.endedAt,
  'conversation.duration': durationSeconds,
  'conversation.page_url': (e) => e.conversation.pageUrl,
  'conversation.attachments': (e, ctx) =>
    e.conversation.attachments
      .map((a) => `${a.name} (${a.contentType}, ${a.size} ${wordsOf(ctx).bytes}): ${a.url}`)
      .join('\n'),
  'message.subject': (e) => message(e)?.subject,
  'message.text': (e) => message(e)?.text,
  'utm.source': (e) => e.conversation.utm.source,
  'utm.medium': (e) => e.conversation.utm.medium,
  'utm.campaign': (e) => e.conversation.utm.campaign,
  'utm.term': (e) => e.conversation.utm.term,
  'utm.content': (e) => e.conversation.utm.content,
  google_client_id: (e) => e.conversation.googleClientId,
  variables: (e) => renderKeyValues(e.conversation.variables),
  custom: (e) => renderKeyValues(e.conversation.customFields),
  'call.queue': (e) => call(e)?.queue,
  'call.direction': (e) => call(e)?.direction,
  'call.status': (e) => call(e)?.status,
  'call.duration': (e) => ended(e)?.durationSeconds,
  'call.outbound_route': (e) => ended(e)?.outboundRoute,
  'call.recording_url': (e) => ended(e)?.recordingUrl,
  'call.caller': (e) => call(e)?.caller,
  'call.callee': (e) => call(e)?.callee,
  'meeting.title': (e) => (e.type === 'meeting.ended' ? e.meeting.title : undefined),
  'meeting.report': (e) => (e.type === 'meeting.ended' ? e.meeting.report : undefined),
};

function dynamic(path: string, e: ConversationEvent): DynamicValue | undefined {
  // Own keys only: a path such as `custom.toString` must not read through to Object.prototype.
  const own = (record: Record<string, DynamicValue>, key: string) =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  if (path.startsWith('variables.')) return own(e.conversation.variables, path.slice('variables.'.length));
  if (path.startsWith('custom.')) return own(e.conversation.customFields, path.slice('custom.'.length));
  return undefined;
}

/** The value of a source path for an event; empty strings and nulls are `undefined` (absent). */
export function resolveSource(path: string, event: ConversationEvent, ctx: ResolveContext = {}): SourceValue {
  const resolver = RESOLVERS[path];
  const raw = resolver ? resolver(event, ctx) : dynamic(path, event);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  if (typeof raw === 'string' && raw.trim() === '') return undefined;
  return raw;
}

export const RESOLVABLE_STATIC_PATHS = Object.keys(RESOLVERS);
