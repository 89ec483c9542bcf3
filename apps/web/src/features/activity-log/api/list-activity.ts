import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { type ActivityQuery, type EventStatus, listActivity } from '@cxc/shared/api/activity';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** How often the list refreshes while an event is still moving; it stops once every event has settled. */
export const ACTIVITY_REFRESH_MS = 3000;

const MOVING: ReadonlySet<EventStatus> = new Set(['queued', 'processing', 'retrying']);

export function getActivityQueryOptions(tenantId: string, query: ActivityQuery) {
  return queryOptions({
    queryKey: activityKeys.list(tenantId, query),
    queryFn: ({ signal }) => apiRequest(listActivity, { params: { tenantId }, query, signal }),
    staleTime: 0,
    refetchInterval: ({ state }) =>
      state.data?.events.some((event) => MOVING.has(event.status)) ? ACTIVITY_REFRESH_MS : false,
  });
}

/** Suspends on the first load; a failure goes to the surrounding section boundary. */
export function useActivity(tenantId: string, query: ActivityQuery) {
  return useSuspenseQuery(getActivityQueryOptions(tenantId, query));
}
