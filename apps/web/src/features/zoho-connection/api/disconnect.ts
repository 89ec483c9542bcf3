import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { disconnect } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { afterConnectionChange } from './connection-cache';

export function deleteConnection(client: QueryClient, tenantId: string) {
  return apiRequest(disconnect, { params: { tenantId }, client });
}

/** Revokes the refresh token at Zoho and deletes the tokens; the tenant's settings are kept. */
export function useDisconnect(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteConnection(client, tenantId),
    onSuccess: (result) => afterConnectionChange(client, tenantId, result.connection),
  });
}
