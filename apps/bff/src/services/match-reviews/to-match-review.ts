import type { MatchReview } from '@cxc/shared/api/match-reviews';
import type { ReviewRow } from '../../automation/store/match-reviews.ts';

export function toMatchReview(row: ReviewRow): MatchReview {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType as MatchReview['eventType'],
    conversationId: row.conversationId,
    channel: row.channel as MatchReview['channel'],
    module: row.module as MatchReview['module'],
    visitor: { name: row.visitorName, email: row.visitorEmail, phone: row.visitorPhone },
    candidates: row.candidates,
    status: row.status,
    choice: row.choice,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
