/** Operations a watch event names, and what the callback payload calls them. */
export const OPERATIONS = { create: 'insert', edit: 'update', delete: 'delete' } as const;
export type EventOp = keyof typeof OPERATIONS;
export type PayloadOp = (typeof OPERATIONS)[EventOp];

export interface Channel {
  orgId: string;
  channelId: string;
  /** Module API name → watched operations. */
  events: Map<string, Set<EventOp>>;
  token: string | null;
  notifyUrl: string;
  expiresAt: number;
  notifyOnRelatedAction: boolean;
  returnAffectedFieldValues: boolean;
  /** `https://www.zohoapis.<dc>` equivalent of the DC the channel was created at, for resource_uri. */
  apiBase: string;
}

/** Per-org channels keyed by channel id; expired ones are dropped on every read (sim clock). */
export class ChannelRegistry {
  private readonly byOrg = new Map<string, Map<string, Channel>>();

  live(orgId: string, now: number): Map<string, Channel> {
    let channels = this.byOrg.get(orgId);
    if (!channels) {
      channels = new Map();
      this.byOrg.set(orgId, channels);
    }
    for (const [id, ch] of channels) if (ch.expiresAt <= now) channels.delete(id);
    return channels;
  }

  clear(): void {
    this.byOrg.clear();
  }
}

/** The watch list entries (`Leads.create` …) of a channel. */
export function eventNames(channel: Channel, module?: string): string[] {
  const out: string[] = [];
  for (const [m, ops] of channel.events) {
    if (module && m !== module) continue;
    for (const op of ops) out.push(`${m}.${op}`);
  }
  return out;
}
