import { handle } from '../http/context.ts';
import { sendPage } from '../http/list-response.ts';
import { pageParams, queryString } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { eventNames } from '../notifications/channel.ts';
import { formatZoned } from '../render/format-time.ts';
import type { CrmServices } from '../services.ts';
import { SEQ } from '../store/ids.ts';

/** `GET /crm/v2/actions/watch[?channel_id=&module=]`: one entry per channel and module; none → 204. */
export function listWatch(s: CrmServices) {
  return handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, 'ZohoCRM.notifications.READ');
    ctx.charge(1);
    const channelId = queryString(req, 'channel_id');
    const module = queryString(req, 'module');
    const rows = [...s.channels.live(ctx.org.org.id, ctx.now).values()]
      .filter((ch) => !channelId || ch.channelId === channelId)
      .flatMap((ch) =>
        [...ch.events.keys()]
          .filter((m) => !module || m.toLowerCase() === module.toLowerCase())
          .map((m) => ({ ch, m })),
      );
    const { page, perPage } = pageParams(req);
    sendPage(res, 'watch', rows, page, perPage, ({ ch, m }) => ({
      notify_on_related_action: ch.notifyOnRelatedAction,
      channel_expiry: formatZoned(ch.expiresAt, ctx.org.org.timeZone),
      resource_uri: `${ch.apiBase}/crm/v2/${m}`,
      resource_id: ctx.org.id(SEQ.module + (ctx.org.module(m)?.seq ?? 0)),
      notify_url: ch.notifyUrl,
      resource_name: m,
      channel_id: ch.channelId,
      events: eventNames(ch, m),
      token: ch.token,
    }));
  });
}
