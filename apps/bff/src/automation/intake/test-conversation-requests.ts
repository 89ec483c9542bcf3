import type { Channel } from '@cxc/shared/domain/channels';
import type { EventType } from '@cxc/shared/domain/events';
import type { Queryable } from '../../db/queryable.ts';

/** A repeat of a request id within this window answers with the first result instead of sending again. */
export const REQUEST_WINDOW_MINUTES = 10;

export interface TestConversationResult {
  eventId: string;
  conversationId: string;
  channel: Channel;
}

export type Claim = { claimed: true } | { claimed: false; type: EventType; result: TestConversationResult };

/**
 * Claims the tenant's request id for this run, inside the caller's transaction. A concurrent claim of the
 * same id blocks on the primary key until the first commits (then it gets the first result) or rolls
 * back (then it claims the id itself). An id older than the window is claimed afresh.
 */
export async function claimTestRequest(
  db: Queryable,
  tenantId: string,
  requestId: string,
  type: EventType,
  result: TestConversationResult,
): Promise<Claim> {
  const claimed = await db.query(
    `insert into test_conversation_requests as r
       (tenant_id, request_id, type, event_id, conversation_id, channel)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (tenant_id, request_id) do update set
       type = excluded.type, event_id = excluded.event_id, conversation_id = excluded.conversation_id,
       channel = excluded.channel, created_at = now()
       where r.created_at < now() - make_interval(mins => $7)
     returning 1`,
    [
      tenantId,
      requestId,
      type,
      result.eventId,
      result.conversationId,
      result.channel,
      REQUEST_WINDOW_MINUTES,
    ],
  );
  if (claimed.rowCount) return { claimed: true };
  const { rows } = await db.query<{
    type: EventType;
    event_id: string;
    conversation_id: string;
    channel: Channel;
  }>(
    `select type, event_id, conversation_id, channel from test_conversation_requests
      where tenant_id = $1 and request_id = $2`,
    [tenantId, requestId],
  );
  const row = rows[0];
  // Only a delete between the two statements (the tenant removed) leaves nothing: claim nothing either.
  if (!row) return { claimed: true };
  return {
    claimed: false,
    type: row.type,
    result: { eventId: row.event_id, conversationId: row.conversation_id, channel: row.channel },
  };
}

/** Old request ids only matter for the window; a send clears the tenant's expired ones as it goes. */
export async function forgetOldTestRequests(db: Queryable, tenantId: string): Promise<void> {
  await db.query(
    `delete from test_conversation_requests
      where tenant_id = $1 and created_at < now() - make_interval(mins => $2 * 6)`,
    [tenantId, REQUEST_WINDOW_MINUTES],
  );
}
