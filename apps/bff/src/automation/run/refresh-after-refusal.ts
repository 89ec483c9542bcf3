import type { ActivityError } from '@cxc/shared/api/activity';
import { fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { ZohoDeps } from '../../app-deps.ts';
import { requeueEvents } from '../../services/activity/requeue-events.ts';
import { loadZohoMetadata } from '../../services/settings/load-zoho-metadata.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { inTransaction } from '../../db/queryable.ts';
import { type PendingEvent, setEventStatus } from '../store/event-store.ts';

/** Refusals that name a field: the field may be gone, renamed or newly required in Zoho. */
const FIELD_CODES = new Set(['INVALID_DATA', 'MANDATORY_NOT_FOUND']);

/**
 * A write Zoho refused for one of its fields means our field list may be out of date (an admin deleted
 * or changed the field in Zoho): the metadata is refreshed now, once for all processes, instead of when
 * the cache expires, so the next plans and the settings' checks see Zoho's fields as they are. True when
 * the refused field is no longer among the module's fields.
 */
export async function refreshAfterRefusal(
  deps: ZohoDeps,
  client: ZohoClient,
  failure: ActivityError,
): Promise<boolean> {
  if (!failure.field || !FIELD_CODES.has(failure.code)) return false;
  try {
    const metadata = await loadZohoMetadata(deps, client, { refresh: true });
    const fields = failure.module ? fieldsOf(metadata.fieldsByModule, failure.module) : undefined;
    return fields !== undefined && !fields.some((f) => f.api_name === failure.field);
  } catch (error) {
    deps.logger.warn({ err: error, tenantId: client.tenantId }, 'metadata refresh after a refusal failed');
    return false;
  }
}

/** Whether an earlier plan of the event was already refused for this field (it was retried once). */
async function refusedBefore(deps: ZohoDeps, event: PendingEvent, failure: ActivityError): Promise<boolean> {
  const earlier = JSON.stringify([{ status: 'failed', error: { code: failure.code, field: failure.field } }]);
  const { rows } = await deps.pool.query(
    `select 1 from events where id = $1 and previous_operations @> $2::jsonb`,
    [event.id, earlier],
  );
  return rows.length > 0;
}

/**
 * Settles a refused write: the event fails, unless Zoho no longer has the refused field. Then it is
 * planned again with the fresh field list, once, so a field the admin deleted in Zoho is left out (a
 * disposition's field, for one) instead of failing every event until the cache expires. The refusal
 * stays visible in the event's earlier operations. True when the event was put back in the queue.
 */
export async function settleRefusal(
  deps: ZohoDeps,
  client: ZohoClient,
  event: PendingEvent,
  failure: ActivityError,
): Promise<boolean> {
  const gone = await refreshAfterRefusal(deps, client, failure);
  const retry = gone && !(await refusedBefore(deps, event, failure));
  return inTransaction(deps.pool, async (db) => {
    await setEventStatus(db, event.id, { status: 'failed', error: failure });
    if (!retry) return false;
    return (await requeueEvents(db, event.tenantId, { id: event.id })).length > 0;
  });
}
