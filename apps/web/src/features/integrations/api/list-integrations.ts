import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listIntegrations } from '@cxc/shared/api/tenants';
import { apiRequest } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-cache';

export function fetchIntegrations({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(listIntegrations, { params: { tenantId }, signal });
}

export function getIntegrationsQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantQueryKey(tenantId), 'integrations'],
    queryFn: ({ signal }) => fetchIntegrations({ tenantId, signal }),
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useIntegrations(tenantId: string) {
  return useSuspenseQuery(getIntegrationsQueryOptions(tenantId));
}
