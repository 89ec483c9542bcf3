import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { type ActivityQuery, type EventStatus, listActivity } from '@cxc/shared/api/activity';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** How often the list refreshes while an event is still moving; it stops once every event has settled. */
export const ACTIVITY_REFRESH_MS = 3000;

export const MOVING_STATUSES: ReadonlySet<EventStatus> = new Set(['queued', 'processing', 'retrying']);

type ActivityPage = z.output<typeof listActivity.response>;

/** Polls only while something on the page can still change by itself. */
export function activityRefreshInterval(data: ActivityPage | undefined): number | false {
  return data?.events.some((event) => MOVING_STATUSES.has(event.status)) ? ACTIVITY_REFRESH_MS : false;
}

export function getActivityQueryOptions(tenantId: string, query: ActivityQuery) {
  return queryOptions({
    queryKey: activityKeys.list(tenantId, query),
    queryFn: ({ signal }) => apiRequest(listActivity, { params: { tenantId }, query, signal }),
    staleTime: 0,
    refetchInterval: ({ state }) => activityRefreshInterval(state.data),
  });
}

/** Suspends on the first load; a failure goes to the surrounding section boundary. */
export function useActivity(tenantId: string, query: ActivityQuery) {
  return useSuspenseQuery(getActivityQueryOptions(tenantId, query));
}
