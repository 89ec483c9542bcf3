import type { CandidateSummary } from '@cxc/shared/domain/candidate-summary';
import type { Queryable } from '../../db/queryable.ts';
import type { ReviewChoice } from '../plan/plan-identify.ts';

export interface ReviewRow {
  id: string;
  eventId: string;
  conversationId: string;
  channel: string;
  module: string;
  candidates: CandidateSummary[];
  status: 'open' | 'resolved';
  choice: ReviewChoice | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  eventType: string;
  visitorName: string | null;
  visitorEmail: string | null;
  visitorPhone: string | null;
}

/** Opens the review of a held event; a replan that asks again reopens the same row (one per event). */
export async function openReview(
  db: Queryable,
  review: { tenantId: string; eventId: string; conversationId: string; channel: string; module: string },
  candidates: readonly CandidateSummary[],
): Promise<void> {
  await db.query(
    `insert into match_reviews (tenant_id, event_id, conversation_id, channel, module, candidates)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (event_id) do update set candidates = excluded.candidates, module = excluded.module,
       status = 'open', choice = null, resolved_by = null, resolved_at = null`,
    [
      review.tenantId,
      review.eventId,
      review.conversationId,
      review.channel,
      review.module,
      JSON.stringify(candidates),
    ],
  );
}

const COLUMNS = `r.id, r.event_id as "eventId", r.conversation_id as "conversationId", r.channel, r.module,
  r.candidates, r.status, r.choice, r.resolved_by as "resolvedBy", r.resolved_at as "resolvedAt",
  r.created_at as "createdAt", e.type as "eventType", e.visitor_name as "visitorName",
  e.visitor_email as "visitorEmail", e.visitor_phone as "visitorPhone"`;

export async function listReviews(
  db: Queryable,
  tenantId: string,
  query: { status: 'open' | 'resolved'; page: number; perPage: number },
): Promise<{ reviews: ReviewRow[]; total: number }> {
  const { rows } = await db.query<ReviewRow & { total: string }>(
    `select ${COLUMNS}, count(*) over () as total from match_reviews r join events e on e.id = r.event_id
      where r.tenant_id = $1 and r.status = $2
      order by r.created_at ${query.status === 'open' ? 'asc' : 'desc'}, r.id
      limit $3 offset $4`,
    [tenantId, query.status, query.perPage, (query.page - 1) * query.perPage],
  );
  return { reviews: rows, total: Number(rows[0]?.total ?? 0) };
}

/**
 * Settles an open review with the choice, in the caller's transaction. Undefined when it is not this
 * tenant's open review (already settled by someone else, a double click, or another tenant's id).
 */
export async function settleReview(
  db: Queryable,
  tenantId: string,
  id: string,
  choice: ReviewChoice,
  by: string,
): Promise<{ eventId: string } | undefined> {
  const { rows } = await db.query<{ eventId: string }>(
    `update match_reviews set status = 'resolved', choice = $3, resolved_by = $4, resolved_at = now()
      where tenant_id = $1 and id = $2 and status = 'open'
      returning event_id as "eventId"`,
    [tenantId, id, JSON.stringify(choice), by],
  );
  return rows[0];
}

export async function reviewExists(db: Queryable, tenantId: string, id: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from match_reviews where tenant_id = $1 and id = $2', [
    tenantId,
    id,
  ]);
  return rows.length > 0;
}
