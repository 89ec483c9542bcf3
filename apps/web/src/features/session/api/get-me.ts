import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getMe, type MeResponse, type SessionUser } from '@cxc/shared/api/session';
import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/session-cache';

export function fetchMe({ signal }: { signal?: AbortSignal } = {}): Promise<MeResponse> {
  return apiRequest(getMe, { signal });
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe({ signal }),
    // Refetched on window focus, so an expired session is noticed as soon as the user returns.
    staleTime: 60_000,
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}

/** The signed-in user, for components rendered below the session gate (the query is already cached). */
export function useSessionUser(): SessionUser {
  return useSuspenseQuery(getMeQueryOptions()).data.user;
}
