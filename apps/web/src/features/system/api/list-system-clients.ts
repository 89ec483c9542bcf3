import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listSystemClients } from '@cxc/shared/api/system';
import { apiRequest } from '@/lib/api-client';

export const systemClientsQueryKey = ['system', 'zoho', 'clients'] as const;

export function fetchSystemClients({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest(listSystemClients, { signal });
}

export function getSystemClientsQueryOptions() {
  return queryOptions({
    queryKey: systemClientsQueryKey,
    queryFn: ({ signal }) => fetchSystemClients({ signal }),
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useSystemClients() {
  return useSuspenseQuery(getSystemClientsQueryOptions());
}
