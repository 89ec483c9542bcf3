import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { testConnection } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import { afterConnectionChange } from './connection-cache';

export type ConnectionTestResult = z.output<typeof testConnection.response>;

export function postTestConnection(client: QueryClient, tenantId: string) {
  return apiRequest(testConnection, { params: { tenantId }, body: {}, client });
}

/** A test may refresh the token or find it revoked: the card's token health is read again after it. */
export function useTestConnection(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => postTestConnection(client, tenantId),
    onSettled: () => afterConnectionChange(client, tenantId),
  });
}
