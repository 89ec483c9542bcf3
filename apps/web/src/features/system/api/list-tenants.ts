import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listTenants } from '@cxc/shared/api/tenants';
import { apiRequest } from '@/lib/api-client';

export function fetchTenants({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest(listTenants, { signal });
}

export function getTenantsQueryOptions() {
  return queryOptions({
    queryKey: ['system', 'tenants'],
    queryFn: ({ signal }) => fetchTenants({ signal }),
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useTenants() {
  return useSuspenseQuery(getTenantsQueryOptions());
}
