import type { Queryable } from '../../db/queryable.ts';

/** The most a late event or a transfer leg looks back on (a conversation's events are far fewer). */
const MAX_HISTORY = 200;

/**
 * The payloads of the conversation's other events that are done, oldest first: what a late event adds
 * to (the newest transcript and summary win) and the legs a transferred call merges.
 */
export async function readConversationHistory(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  exceptEventId: string,
): Promise<unknown[]> {
  const { rows } = await db.query<{ payload: unknown }>(
    `select payload from events
      where tenant_id = $1 and conversation_id = $2 and id <> $3 and status = 'done'
      order by occurred_at, seq limit $4`,
    [tenantId, conversationId, exceptEventId, MAX_HISTORY],
  );
  return rows.map((row) => row.payload);
}

/** Is there a later event of the conversation still to do (a held late event must not block it)? */
export async function hasLaterWork(db: Queryable, tenantId: string, conversationId: string, eventId: string) {
  const { rows } = await db.query(
    `select 1 from events l join events h on h.id = $3
      where l.tenant_id = $1 and l.conversation_id = $2 and l.seq > h.seq
        and l.status in ('queued', 'retrying', 'waiting_reconnect', 'processing') limit 1`,
    [tenantId, conversationId, eventId],
  );
  return rows.length > 0;
}

/** Moves a held event behind the conversation's later events, so the call's own event runs first. */
export async function moveToBack(db: Queryable, eventId: string): Promise<void> {
  await db.query(`update events set seq = nextval(pg_get_serial_sequence('events', 'seq')) where id = $1`, [
    eventId,
  ]);
}
