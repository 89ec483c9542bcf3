import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getCustomerData } from '@cxc/shared/api/customer-data';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

/** Settings and status; refreshed every 5 s while the page is open, so progress and lag move. */
export function getCustomerDataQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: customerDataKeys.view(tenantId),
    queryFn: ({ signal }) => apiRequest(getCustomerData, { params: { tenantId }, signal }),
    refetchInterval: 5_000,
  });
}

export function useCustomerData(tenantId: string) {
  return useSuspenseQuery(getCustomerDataQueryOptions(tenantId));
}
