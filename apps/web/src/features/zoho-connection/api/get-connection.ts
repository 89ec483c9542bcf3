import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getConnection } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { connectionQueryKey } from './connection-cache';

export function fetchConnection({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(getConnection, { params: { tenantId }, signal });
}

export function getConnectionQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: connectionQueryKey(tenantId),
    queryFn: ({ signal }) => fetchConnection({ tenantId, signal }),
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useConnection(tenantId: string) {
  return useSuspenseQuery(getConnectionQueryOptions(tenantId));
}
