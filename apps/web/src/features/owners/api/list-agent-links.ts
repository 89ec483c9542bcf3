import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { listAgentLinks } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export type AgentLink = z.output<typeof listAgentLinks.response>['agents'][number];

export function fetchAgentLinks({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(listAgentLinks, { params: { tenantId }, signal });
}

export function getAgentLinksQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: settingsKeys.agents(tenantId),
    queryFn: ({ signal }) => fetchAgentLinks({ tenantId, signal }),
  });
}

export function useAgentLinks(tenantId: string) {
  return useQuery(getAgentLinksQueryOptions(tenantId));
}
