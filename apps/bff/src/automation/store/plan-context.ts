import type { StoredLink } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import { MAX_HISTORY } from './conversation-history.ts';
import type { ReviewChoice } from '../plan/plan-identify.ts';

/** What the planner reads of a stored event's conversation besides Zoho. */
export interface PlanContext {
  links: StoredLink[];
  /** Payloads of the conversation's other done events, oldest first, at most MAX_HISTORY. */
  history: unknown[];
  /** The choice made for this event, once someone resolved its review. */
  review: ReviewChoice | undefined;
}

/**
 * The conversation's links, its history and the event's resolved review in one round trip: every
 * event's plan needs all three, and three statements per event were a tenth of the engine's.
 */
export async function readPlanContext(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  eventId: string,
): Promise<PlanContext> {
  const { rows } = await db.query<{
    links: { module: StoredLink['module']; role: StoredLink['role']; id: string }[];
    history: unknown[];
    review: ReviewChoice | null;
  }>(
    `select
       coalesce((select json_agg(json_build_object('module', l.module, 'role', l.role, 'id', l.record_id))
                   from conversation_links l where l.tenant_id = $1 and l.conversation_id = $2), '[]') as links,
       coalesce((select json_agg(h.payload order by h.occurred_at, h.seq)
                   from (select payload, occurred_at, seq from events
                          where tenant_id = $1 and conversation_id = $2 and id <> $3 and status = 'done'
                          order by occurred_at, seq limit $4) h), '[]') as history,
       (select r.choice from match_reviews r where r.event_id = $3 and r.status = 'resolved') as review`,
    [tenantId, conversationId, eventId, MAX_HISTORY],
  );
  const row = rows[0];
  return { links: row?.links ?? [], history: row?.history ?? [], review: row?.review ?? undefined };
}
