import { handle } from '../http/context.ts';
import { requireScopes } from '../http/scopes.ts';
import { parseChannel, subscribedEvents } from '../notifications/parse-watch.ts';
import type { CrmServices } from '../services.ts';
import { attempt, batchStatus, success } from '../write/batch.ts';
import { apiBase, watchEntries } from './watch-body.ts';

/** `POST /crm/v2/actions/watch`: subscribe channels (an existing channel id is replaced); 201 / 207 / 400. */
export function enableWatch(s: CrmServices) {
  return handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, 'ZohoCRM.notifications.CREATE');
    const entries = watchEntries(req);
    ctx.charge(1);
    const channels = s.channels.live(ctx.org.org.id, ctx.now);
    const base = apiBase(s.deps, res);
    const watch = entries.map((entry) =>
      attempt(() => {
        const ch = parseChannel(ctx, entry, base);
        channels.set(ch.channelId, ch);
        return success('Successfully subscribed for actions-watch of the given module', {
          events: subscribedEvents(ctx, ch),
        });
      }),
    );
    res.status(batchStatus(watch, 201)).json({ watch });
  });
}
