import { queryOptions, useQuery } from '@tanstack/react-query';
import { listMatchReviews } from '@cxc/shared/api/match-reviews';
import { apiRequest } from '@/lib/api-client';

export type ReviewStatus = 'open' | 'resolved';

export const matchReviewKeys = {
  all: (tenantId: string) => ['tenants', tenantId, 'match-reviews'] as const,
  list: (tenantId: string, status: ReviewStatus) => [...matchReviewKeys.all(tenantId), status] as const,
};

export function getMatchReviewsQueryOptions(tenantId: string, status: ReviewStatus) {
  return queryOptions({
    queryKey: matchReviewKeys.list(tenantId, status),
    queryFn: ({ signal }) =>
      apiRequest(listMatchReviews, { params: { tenantId }, query: { status, page: 1, perPage: 50 }, signal }),
    // A held event appears without a reload: agents keep the home page open while they work.
    refetchInterval: status === 'open' ? 15_000 : false,
  });
}

export function useMatchReviews(tenantId: string, status: ReviewStatus) {
  return useQuery(getMatchReviewsQueryOptions(tenantId, status));
}
