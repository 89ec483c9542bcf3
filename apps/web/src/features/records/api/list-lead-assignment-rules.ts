import { queryOptions, useQuery } from '@tanstack/react-query';
import { listLeadAssignmentRules } from '@cxc/shared/api/zoho-automation';
import { apiRequest } from '@/lib/api-client';

export function fetchLeadAssignmentRules({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(listLeadAssignmentRules, { params: { tenantId }, query: {}, signal });
}

export function getLeadAssignmentRulesQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: ['tenants', tenantId, 'zoho', 'lead-assignment-rules'] as const,
    queryFn: ({ signal }) => fetchLeadAssignmentRules({ tenantId, signal }),
    // The BFF caches them for five minutes too: rules change in Zoho's setup, rarely.
    staleTime: 5 * 60_000,
  });
}

export function useLeadAssignmentRules(tenantId: string) {
  return useQuery(getLeadAssignmentRulesQueryOptions(tenantId));
}
