import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import {
  type CustomerWebhook,
  deleteCustomerWebhook,
  getCustomerWebhook,
  rotateCustomerWebhookSecret,
  saveCustomerWebhook,
  testCustomerWebhook,
} from '@cxc/shared/api/customer-webhook';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

export function getCustomerWebhookQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: customerDataKeys.webhook(tenantId),
    queryFn: ({ signal }) => apiRequest(getCustomerWebhook, { params: { tenantId }, signal }),
  });
}

export function useCustomerWebhook(tenantId: string) {
  return useSuspenseQuery(getCustomerWebhookQueryOptions(tenantId));
}

/** Only the view goes into the cache: a secret in an answer is handed to the caller once (gcTime 0). */
function useWebhookMutation<T extends CustomerWebhook, V>(tenantId: string, send: (value: V) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    gcTime: 0,
    onSuccess: ({ configured, url, enabled, createdAt, secretRotatedAt, last, pending }: T) => {
      client.setQueryData(customerDataKeys.webhook(tenantId), {
        configured,
        url,
        enabled,
        createdAt,
        secretRotatedAt,
        last,
        pending,
      });
    },
  });
}

export function useSaveCustomerWebhook(tenantId: string) {
  const client = useQueryClient();
  return useWebhookMutation(tenantId, (body: { url: string; enabled: boolean }) =>
    apiRequest(saveCustomerWebhook, { params: { tenantId }, body, client }),
  );
}

export function useRotateCustomerWebhookSecret(tenantId: string) {
  const client = useQueryClient();
  return useWebhookMutation(tenantId, () =>
    apiRequest(rotateCustomerWebhookSecret, { params: { tenantId }, client }),
  );
}

export function useDeleteCustomerWebhook(tenantId: string) {
  const client = useQueryClient();
  return useWebhookMutation(tenantId, () =>
    apiRequest(deleteCustomerWebhook, { params: { tenantId }, client }),
  );
}

export function useTestCustomerWebhook(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(testCustomerWebhook, { params: { tenantId }, client }),
  });
}
