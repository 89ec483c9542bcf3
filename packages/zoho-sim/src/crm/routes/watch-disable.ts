import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { queryString } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import type { CrmServices } from '../services.ts';
import { attempt, batchStatus, success } from '../write/batch.ts';
import { notSubscribed } from '../write/record-error.ts';

/** `DELETE /crm/v2/actions/watch?channel_ids=1,2`: unsubscribe whole channels; 200 / 207 / 400. */
export function disableWatch(s: CrmServices) {
  return handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, 'ZohoCRM.notifications.DELETE');
    const ids = (queryString(req, 'channel_ids') ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (ids.length === 0) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'channel_ids' });
    ctx.charge(1);
    const channels = s.channels.live(ctx.org.org.id, ctx.now);
    const watch = ids.map((id) =>
      attempt(() => {
        if (!channels.delete(id)) throw notSubscribed(id);
        return success('Successfully un-subscribed from actions-watch', { channel_id: id });
      }),
    );
    res.status(batchStatus(watch, 200)).json({ watch });
  });
}
