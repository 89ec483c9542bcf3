import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resolveMatchReview, type ReviewChoiceInput } from '@cxc/shared/api/match-reviews';
import { apiRequest } from '@/lib/api-client';
import { matchReviewKeys } from './list-match-reviews';

/** Settles one review; both lists refresh (it moves from open to resolved) and the held event runs. */
export function useResolveMatchReview(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, choice }: { id: string; choice: ReviewChoiceInput }) =>
      apiRequest(resolveMatchReview, { params: { tenantId, id }, body: { choice }, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: matchReviewKeys.all(tenantId) }),
  });
}
