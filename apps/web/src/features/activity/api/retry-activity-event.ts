import { useMutation, useQueryClient } from '@tanstack/react-query';
import { retryActivityEvent } from '@cxc/shared/api/activity';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** Queues one event again; the list (and its detail) refresh and follow it from `queued`. */
export function useRetryActivityEvent(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(retryActivityEvent, { params: { tenantId, id }, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: activityKeys.all(tenantId) }),
  });
}
