import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listConnectionIssues } from '@cxc/shared/api/connection-issues';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

/** Issues open and close on the server by themselves: the panel looks again every half minute. */
const REFRESH_MS = 30_000;

export function listConnectionIssuesQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: issueKeys.list(tenantId),
    queryFn: ({ signal }) => apiRequest(listConnectionIssues, { params: { tenantId }, signal }),
    refetchInterval: REFRESH_MS,
  });
}

export function useConnectionIssues(tenantId: string) {
  return useSuspenseQuery(listConnectionIssuesQueryOptions(tenantId));
}
