import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resolveMatchReview, type ReviewChoiceInput } from '@cxc/shared/api/match-reviews';
import { apiRequest } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-cache';
import { matchReviewKeys } from './list-match-reviews';

/**
 * Settles one review; both lists refresh (it moves from open to resolved) and the held event runs. The
 * activity log (under the tenant's `activity` key) refreshes too: its row leaves "Skipped" and follows
 * the event until it is done, instead of waiting for a reload.
 */
export function useResolveMatchReview(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, choice }: { id: string; choice: ReviewChoiceInput }) =>
      apiRequest(resolveMatchReview, { params: { tenantId, id }, body: { choice }, client }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: matchReviewKeys.all(tenantId) }),
        client.invalidateQueries({ queryKey: [...tenantQueryKey(tenantId), 'activity'] }),
      ]),
  });
}
