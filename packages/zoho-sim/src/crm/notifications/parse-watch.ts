import type { CrmRequestContext } from '../http/context.ts';
import { formatZoned, parseZoned } from '../render/format-time.ts';
import { SEQ } from '../store/ids.ts';
import { inputId } from '../write/coerce-value.ts';
import { invalidData, mandatoryNotFound } from '../write/record-error.ts';
import { type Channel, type EventOp, OPERATIONS } from './channel.ts';

const HOUR = 3_600_000;
/** v2 caps a channel at one day; longer or missing expiries get Zoho's default of one hour. */
const MAX_EXPIRY = 24 * HOUR;

export function channelIdOf(entry: Record<string, unknown>): string {
  const id = inputId(entry.channel_id);
  if (entry.channel_id === undefined || entry.channel_id === null) throw mandatoryNotFound('channel_id');
  if (!id) throw invalidData({ api_name: 'channel_id' });
  return id;
}

export function parseEvents(ctx: CrmRequestContext, raw: unknown): Map<string, Set<EventOp>> {
  if (!Array.isArray(raw) || raw.length === 0) throw mandatoryNotFound('events');
  const events = new Map<string, Set<EventOp>>();
  for (const e of raw) {
    const [name, op] = typeof e === 'string' ? e.split('.') : [];
    const module = name ? ctx.org.module(name) : undefined;
    const ops: EventOp[] =
      op === 'all' ? ['create', 'edit', 'delete'] : op && op in OPERATIONS ? [op as EventOp] : [];
    if (!module || ops.length === 0) throw invalidData({ api_name: 'events', value: e });
    const set = events.get(module.apiName) ?? new Set<EventOp>();
    ops.forEach((o) => set.add(o));
    events.set(module.apiName, set);
  }
  return events;
}

export function parseExpiry(raw: unknown, now: number): number {
  if (raw === undefined || raw === null) return now + HOUR;
  const at = typeof raw === 'string' ? parseZoned(raw) : undefined;
  if (at === undefined || at <= now) throw invalidData({ api_name: 'channel_expiry' });
  return at - now > MAX_EXPIRY ? now + HOUR : at;
}

export function parseNotifyUrl(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') throw mandatoryNotFound('notify_url');
  if (typeof raw !== 'string' || !/^https?:\/\//i.test(raw)) throw invalidData({ api_name: 'notify_url' });
  return raw;
}

export function parseToken(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string' || raw.length > 50) throw invalidData({ api_name: 'token' });
  return raw;
}

/** A channel from a POST/PUT `watch[]` entry. */
export function parseChannel(
  ctx: CrmRequestContext,
  entry: Record<string, unknown>,
  apiBase: string,
): Channel {
  return {
    orgId: ctx.org.org.id,
    channelId: channelIdOf(entry),
    events: parseEvents(ctx, entry.events),
    token: parseToken(entry.token),
    notifyUrl: parseNotifyUrl(entry.notify_url),
    expiresAt: parseExpiry(entry.channel_expiry, ctx.now),
    // Zoho (Kaizen #170): related-record notifications are on unless the subscriber turns them off.
    notifyOnRelatedAction: entry.notify_on_related_action !== false,
    returnAffectedFieldValues: entry.return_affected_field_values === true,
    apiBase,
  };
}

/** The per-module `details.events[]` Zoho answers a subscription with. */
export function subscribedEvents(ctx: CrmRequestContext, ch: Channel): Record<string, unknown>[] {
  return [...ch.events.keys()].map((m) => ({
    channel_expiry: formatZoned(ch.expiresAt, ctx.org.org.timeZone),
    resource_uri: `${ch.apiBase}/crm/v2/${m}`,
    resource_id: ctx.org.id(SEQ.module + (ctx.org.module(m)?.seq ?? 0)),
    resource_name: m,
    channel_id: ch.channelId,
  }));
}
