import { useMutation, useQueryClient } from '@tanstack/react-query';
import { retryFailedActivity } from '@cxc/shared/api/activity';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** Queues every failed event of the tenant again. */
export function useRetryFailedActivity(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(retryFailedActivity, { params: { tenantId }, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: activityKeys.all(tenantId) }),
  });
}
