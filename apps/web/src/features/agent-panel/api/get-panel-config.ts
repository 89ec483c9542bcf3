import { queryOptions, useQuery } from '@tanstack/react-query';
import { getPanelConfig } from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export function getPanelConfigQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: agentPanelKeys.config(tenantId),
    queryFn: ({ signal }) => apiRequest(getPanelConfig, { params: { tenantId }, signal }),
    staleTime: Infinity,
  });
}

/** Who may embed the panel and post to it, and where dial links go. */
export function usePanelConfig(tenantId: string) {
  return useQuery(getPanelConfigQueryOptions(tenantId));
}
