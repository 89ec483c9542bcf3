import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { saveConnectionConfig, type ConnectionConfigInput } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { afterConnectionChange } from './connection-cache';

export function putConnectionConfig(client: QueryClient, tenantId: string, body: ConnectionConfigInput) {
  return apiRequest(saveConnectionConfig, { params: { tenantId }, body, client });
}

export function useSaveConnectionConfig(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectionConfigInput) => putConnectionConfig(client, tenantId, body),
    onSuccess: (connection) => afterConnectionChange(client, tenantId, connection),
  });
}
