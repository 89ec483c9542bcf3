import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { redeemSelfClientCode } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';
import type { BodyInput } from '@/lib/endpoint-body';
import { afterConnectionChange } from './connection-cache';

export type SelfClientCodeInput = BodyInput<typeof redeemSelfClientCode>;

export function postSelfClientCode(client: QueryClient, tenantId: string, body: SelfClientCodeInput) {
  return apiRequest(redeemSelfClientCode, { params: { tenantId }, body, client });
}

/** The grant code lives minutes and works once: it is redeemed at once, server-side, at the chosen DC. */
export function useRedeemSelfClientCode(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfClientCodeInput) => postSelfClientCode(client, tenantId, body),
    onSuccess: (connection) => afterConnectionChange(client, tenantId, connection),
  });
}
