import type { Queryable } from '../../db/queryable.ts';

/**
 * The most a late event or a transfer leg looks back on (a conversation's events are far fewer): the
 * planner reads the payloads of the conversation's other done events, oldest first (readPlanContext).
 */
export const MAX_HISTORY = 200;

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
