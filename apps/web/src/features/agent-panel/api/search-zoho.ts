import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { type PanelSearchBy, searchZoho } from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export type SearchResult = z.output<typeof searchZoho.response>;

export function searchZohoQueryOptions(tenantId: string, by: PanelSearchBy, q: string) {
  return queryOptions({
    queryKey: agentPanelKeys.search(tenantId, by, q),
    queryFn: ({ signal }) => apiRequest(searchZoho, { params: { tenantId }, query: { by, q }, signal }),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** Runs only once the agent submitted a search (`q` set). */
export function useSearchZoho(tenantId: string, by: PanelSearchBy, q: string | undefined) {
  return useQuery({ ...searchZohoQueryOptions(tenantId, by, q ?? ''), enabled: Boolean(q) });
}
