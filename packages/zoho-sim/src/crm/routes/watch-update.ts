import { handle } from '../http/context.ts';
import { requireScopes } from '../http/scopes.ts';
import type { Channel } from '../notifications/channel.ts';
import {
  channelIdOf,
  parseChannel,
  parseEvents,
  parseExpiry,
  parseNotifyUrl,
  parseToken,
  subscribedEvents,
} from '../notifications/parse-watch.ts';
import type { CrmServices } from '../services.ts';
import { attempt, batchStatus, success } from '../write/batch.ts';
import { notSubscribed } from '../write/record-error.ts';
import type { CrmRequestContext } from '../http/context.ts';
import { apiBase, watchEntries } from './watch-body.ts';

/** PATCH: `_delete_events: true` removes the listed events; otherwise the given details are merged in. */
function patch(ctx: CrmRequestContext, ch: Channel, entry: Record<string, unknown>): string {
  if (entry._delete_events === true) {
    for (const [m, ops] of parseEvents(ctx, entry.events)) {
      const current = ch.events.get(m);
      ops.forEach((o) => current?.delete(o));
      if (current?.size === 0) ch.events.delete(m);
    }
    return 'Successfully removed the subscribe details';
  }
  if (entry.events !== undefined) {
    for (const [m, ops] of parseEvents(ctx, entry.events))
      ch.events.set(m, new Set([...(ch.events.get(m) ?? []), ...ops]));
  }
  if (entry.notify_url !== undefined) ch.notifyUrl = parseNotifyUrl(entry.notify_url);
  if (entry.token !== undefined) ch.token = parseToken(entry.token);
  if (entry.channel_expiry !== undefined) ch.expiresAt = parseExpiry(entry.channel_expiry, ctx.now);
  return 'Successfully updated the subscribe details';
}

/** `PUT` (replace a channel's details) and `PATCH` (change some) on `/crm/v2/actions/watch`; 200 / 207 / 400. */
export function updateWatch(s: CrmServices, mode: 'put' | 'patch') {
  return handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, 'ZohoCRM.notifications.UPDATE');
    const entries = watchEntries(req);
    ctx.charge(1);
    const channels = s.channels.live(ctx.org.org.id, ctx.now);
    const watch = entries.map((entry) =>
      attempt(() => {
        const id = channelIdOf(entry);
        const ch = channels.get(id);
        if (!ch) throw notSubscribed(id);
        if (mode === 'put') {
          const next = parseChannel(ctx, entry, apiBase(s.deps, res));
          channels.set(id, next);
          return success('Successfully updated the subscribe details', {
            events: subscribedEvents(ctx, next),
          });
        }
        const message = patch(ctx, ch, entry);
        return success(message, { events: subscribedEvents(ctx, ch) });
      }),
    );
    res.status(batchStatus(watch, 200)).json({ watch });
  });
}
