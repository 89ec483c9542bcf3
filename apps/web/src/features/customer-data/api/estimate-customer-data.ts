import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CustomerDataSettings, estimateCustomerData } from '@cxc/shared/api/customer-data';
import { apiRequest } from '@/lib/api-client';

/** The credits a day of settings not saved yet (asked before the admin saves). */
export function useEstimateCustomerData(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerDataSettings) =>
      apiRequest(estimateCustomerData, { params: { tenantId }, body, client }),
  });
}
