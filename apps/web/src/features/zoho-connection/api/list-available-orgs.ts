import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listAvailableOrgs } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-cache';

export function fetchAvailableOrgs({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(listAvailableOrgs, { params: { tenantId }, signal });
}

export function getAvailableOrgsQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantQueryKey(tenantId), 'zoho', 'orgs'],
    queryFn: ({ signal }) => fetchAvailableOrgs({ tenantId, signal }),
  });
}

/** Only while the connection waits for an org choice (status `choose_org`). */
export function useAvailableOrgs(tenantId: string) {
  return useSuspenseQuery(getAvailableOrgsQueryOptions(tenantId));
}
