import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { chooseOrg } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { afterConnectionChange } from './connection-cache';

export function postChooseOrg(client: QueryClient, tenantId: string, orgId: string) {
  return apiRequest(chooseOrg, { params: { tenantId }, body: { orgId }, client });
}

export function useChooseOrg(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => postChooseOrg(client, tenantId, orgId),
    onSuccess: (connection) => afterConnectionChange(client, tenantId, connection),
  });
}
