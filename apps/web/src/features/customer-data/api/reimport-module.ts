import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type MirrorModule, reimportCustomerData } from '@cxc/shared/api/customer-data';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

export function useReimportModule(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (module: MirrorModule) =>
      apiRequest(reimportCustomerData, { params: { tenantId, module }, client }),
    onSuccess: (view) => client.setQueryData(customerDataKeys.view(tenantId), view),
  });
}
