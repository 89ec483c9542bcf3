import type { Channel, EventOp, PayloadOp } from './channel.ts';
import { OPERATIONS } from './channel.ts';
import type { ChannelRegistry } from './channel.ts';

export interface ChangeEvent {
  orgId: string;
  module: string;
  op: EventOp;
  ids: string[];
  /** For edits: id → changed field API names. */
  changed?: Map<string, string[]>;
}

function queryParams(url: string): Record<string, string> {
  try {
    return Object.fromEntries(new URL(url).searchParams);
  } catch {
    return {};
  }
}

/**
 * Delivers watch callbacks: one POST per matching channel and change, fired without awaiting so the
 * API response never waits for a subscriber. close() aborts whatever is still in flight.
 */
export class Dispatcher {
  private readonly pending = new Set<Promise<void>>();
  private readonly aborter = new AbortController();

  constructor(
    private readonly channels: ChannelRegistry,
    private readonly now: () => number,
  ) {}

  publish(e: ChangeEvent): void {
    if (e.ids.length === 0 || this.aborter.signal.aborted) return;
    for (const ch of this.channels.live(e.orgId, this.now()).values()) {
      if (ch.events.get(e.module)?.has(e.op)) this.send(ch, e, OPERATIONS[e.op]);
    }
  }

  async close(): Promise<void> {
    this.aborter.abort();
    await Promise.allSettled([...this.pending]);
  }

  /** Resolves once every delivery started so far has finished (tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private send(ch: Channel, e: ChangeEvent, operation: PayloadOp): void {
    const body = {
      server_time: this.now(),
      query_params: queryParams(ch.notifyUrl),
      module: e.module,
      resource_uri: `${ch.apiBase}/crm/v2/${e.module}`,
      ids: e.ids,
      affected_fields: e.changed ? [...e.changed].map(([id, fields]) => ({ [id]: fields })) : [],
      operation,
      channel_id: ch.channelId,
      token: ch.token,
    };
    const p = fetch(ch.notifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: this.aborter.signal,
    })
      .then(async (r) => {
        await r.arrayBuffer();
      })
      .catch(() => undefined)
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
}
