import { queryOptions, useQuery } from '@tanstack/react-query';
import { testCustomerSearch } from '@cxc/shared/api/customer-data';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

export function testCustomerSearchQueryOptions(tenantId: string, q: string) {
  return queryOptions({
    queryKey: customerDataKeys.search(tenantId, q),
    queryFn: ({ signal }) => apiRequest(testCustomerSearch, { params: { tenantId }, query: { q }, signal }),
    enabled: q.trim().length > 0,
    staleTime: 0,
  });
}

export function useTestCustomerSearch(tenantId: string, q: string) {
  return useQuery(testCustomerSearchQueryOptions(tenantId, q));
}
