import type { MatchReview } from '@cxc/shared/api/match-reviews';
import type { AppDeps } from '../../app-deps.ts';
import { listReviews } from '../../automation/store/match-reviews.ts';
import { toMatchReview } from './to-match-review.ts';

export async function listMatchReviews(
  deps: Pick<AppDeps, 'pool'>,
  tenantId: string,
  query: { status: 'open' | 'resolved'; page: number; perPage: number },
): Promise<{ reviews: MatchReview[]; total: number }> {
  const { reviews, total } = await listReviews(deps.pool, tenantId, query);
  return { reviews: reviews.map(toMatchReview), total };
}
