import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { z } from 'zod';
import { inTransaction } from '../../db/queryable.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import type { SyncContext } from '../sync/sync-context.ts';
import {
  newChannelSecrets,
  readWatchChannel,
  renewWatchChannel,
  saveWatchChannel,
  type WatchChannel,
} from './watch-store.ts';

/** v2 keeps a channel at most one day (FIDELITY.md); a day less an hour leaves room for clock skew. */
const CHANNEL_LIFETIME_MS = 23 * 3600_000;
/** A channel is renewed once less than this is left: polling runs at least every 15 minutes meanwhile. */
export const RENEW_BEFORE_MS = 3600_000;
/** The public path Zoho posts notifications to (mounted beside the events intake, no session). */
export const WATCH_CALLBACK_PATH = '/api/customer-data/zoho-notifications';

const zohoTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, '+00:00');
const eventsFor = (modules: readonly MirrorModule[]) =>
  modules.flatMap((m) => ['create', 'edit', 'delete'].map((op) => `${m}.${op}`)).sort();

const watchAnswerSchema = z.object({
  watch: z
    .array(
      z.object({
        status: z.string(),
        details: z
          .object({ events: z.array(z.object({ channel_expiry: z.string() })).optional() })
          .optional(),
      }),
    )
    .min(1),
});

/** Zoho's expiry of the channel from a watch answer; ours when the answer does not say. */
function answeredExpiry(data: z.output<typeof watchAnswerSchema> | undefined, asked: Date): Date {
  const entry = data?.watch[0];
  if (entry?.status !== 'success') throw new Error('Zoho refused the watch channel');
  const raw = entry.details?.events?.[0]?.channel_expiry;
  const at = raw ? new Date(raw) : asked;
  return Number.isNaN(at.getTime()) ? asked : at;
}

async function enableChannel(
  zoho: ZohoClient,
  channel: WatchChannel,
  token: string,
  notifyUrl: string,
): Promise<Date> {
  const response = await zoho.post('/actions/watch', {
    body: {
      watch: [
        {
          channel_id: channel.channelId,
          events: channel.events,
          channel_expiry: zohoTime(channel.expiresAt),
          token,
          notify_url: notifyUrl,
          notify_on_related_action: false,
        },
      ],
    },
    schema: watchAnswerSchema,
  });
  return answeredExpiry(response.data, channel.expiresAt);
}

/** Disables a channel at Zoho (disconnect, replaced channel); Zoho's "not subscribed" is fine too. */
export async function disableChannel(zoho: ZohoClient, channelId: string): Promise<void> {
  await zoho.delete('/actions/watch', { query: { channel_ids: channelId } }).catch(() => undefined);
}

/**
 * Keeps the tenant's Notification API channel alive for the mirrored modules: enabled when missing,
 * renewed (PATCH with a new expiry) once less than an hour is left, replaced when the modules changed
 * or Zoho no longer knows it. A transaction-scoped advisory lock makes one process do it while others
 * skip; the expiry is read again under the lock, so a channel just renewed elsewhere is left alone.
 * Returns whether a live channel exists.
 */
export async function keepWatch(
  ctx: SyncContext,
  modules: readonly MirrorModule[],
  notifyUrl: string,
): Promise<boolean> {
  const { runtime, tenantId } = ctx;
  return inTransaction(runtime.pool, async (db) => {
    const { rows } = await db.query<{ got: boolean }>(
      `select pg_try_advisory_xact_lock(hashtext('cxc-watch:' || $1)) as got`,
      [tenantId],
    );
    const channel = await readWatchChannel(db, tenantId);
    const now = runtime.now();
    if (!rows[0]?.got) return channel !== null && channel.expiresAt.getTime() > now;
    const events = eventsFor(modules);
    const same = channel !== null && channel.events.slice().sort().join() === events.join();
    if (same && channel.expiresAt.getTime() - now > RENEW_BEFORE_MS) return true;
    const expiresAt = new Date(now + CHANNEL_LIFETIME_MS);
    if (same && channel.expiresAt.getTime() > now) {
      const renewed = await ctx.zoho
        .patch('/actions/watch', {
          body: { watch: [{ channel_id: channel.channelId, channel_expiry: zohoTime(expiresAt) }] },
          schema: watchAnswerSchema,
        })
        .then((r) => answeredExpiry(r.data, expiresAt))
        .catch(() => null);
      if (renewed) {
        await renewWatchChannel(db, tenantId, renewed);
        return true;
      }
    }
    if (channel) await disableChannel(ctx.zoho, channel.channelId);
    const { channelId, token } = newChannelSecrets();
    const next: WatchChannel = { tenantId, channelId, events, expiresAt };
    const expiry = await enableChannel(ctx.zoho, next, token, notifyUrl);
    await saveWatchChannel(db, { ...next, expiresAt: expiry }, token);
    return true;
  });
}
