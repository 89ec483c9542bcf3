import { callThreadOf, type ConversationEvent } from '@cxc/shared/domain/events';
import type { Queryable } from '../../db/queryable.ts';

/** The channel the engine LISTENs on; the payload is `[tenantId, conversationId]` as JSON. */
export const EVENTS_CHANNEL = 'cxc_events';

/**
 * Stores one event, once per (tenant, event id): a repeat changes nothing and reports `duplicate`.
 * The notify is part of the same statement's transaction, so it only fires for a committed row.
 */
export async function storeEvent(
  db: Queryable,
  tenantId: string,
  event: ConversationEvent,
  /** A console test conversation: the engine then never identifies it against Zoho. */
  options: { test: boolean } = { test: false },
): Promise<{ duplicate: boolean }> {
  const { rows } = await db.query<{ id: string }>(
    `with inserted as (
       insert into events (tenant_id, event_id, type, channel, conversation_id, visitor_name, visitor_email,
                           visitor_phone, occurred_at, payload, test)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $12)
       on conflict (tenant_id, event_id) do nothing
       returning id)
     select id, pg_notify($11, json_build_array($1::text, $5::text)::text) from inserted`,
    [
      tenantId,
      event.id,
      event.type,
      event.conversation.channel,
      // A transfer leg joins its parent call's conversation: one lock, one set of records.
      callThreadOf(event),
      event.visitor.name ?? null,
      event.visitor.email ?? null,
      event.visitor.phone ?? null,
      event.occurredAt,
      JSON.stringify(event),
      EVENTS_CHANNEL,
      options.test,
    ],
  );
  return { duplicate: rows.length === 0 };
}
