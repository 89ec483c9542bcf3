import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getScreenPop, type PanelContextInput } from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export type ScreenPop = z.output<typeof getScreenPop.response>;

/** `source: 'zoho'` ("Search Zoho now") skips the tenant's copy of Zoho for this one lookup. */
export function getScreenPopQueryOptions(tenantId: string, context: PanelContextInput, source?: 'zoho') {
  const query = source ? { ...context, source } : context;
  return queryOptions({
    queryKey: agentPanelKeys.screenPop(tenantId, query),
    queryFn: ({ signal }) => apiRequest(getScreenPop, { params: { tenantId }, query, signal }),
    // Each lookup costs Zoho API credits: re-read on a new conversation, not on every focus.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useScreenPop(tenantId: string, context: PanelContextInput, source?: 'zoho') {
  return useQuery(getScreenPopQueryOptions(tenantId, context, source));
}
