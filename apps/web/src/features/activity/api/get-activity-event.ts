import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActivityEvent } from '@cxc/shared/api/activity';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

export function getActivityEventQueryOptions(tenantId: string, id: string) {
  return queryOptions({
    queryKey: activityKeys.detail(tenantId, id),
    queryFn: ({ signal }) => apiRequest(getActivityEvent, { params: { tenantId, id }, signal }),
    staleTime: 0,
  });
}

/** Loaded when a row is expanded; not suspending, so the table stays in place meanwhile. */
export function useActivityEvent(tenantId: string, id: string) {
  return useQuery(getActivityEventQueryOptions(tenantId, id));
}
