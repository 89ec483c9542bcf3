import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CustomerDataSettings, saveCustomerData } from '@cxc/shared/api/customer-data';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

export function useSaveCustomerData(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerDataSettings) =>
      apiRequest(saveCustomerData, { params: { tenantId }, body, client }),
    onSuccess: (view) => client.setQueryData(customerDataKeys.view(tenantId), view),
  });
}
