import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import {
  createCustomerApiKey,
  listCustomerApiKeys,
  revokeCustomerApiKey,
} from '@cxc/shared/api/customer-api';
import { apiRequest } from '@/lib/api-client';
import { customerDataKeys } from './customer-data-keys';

export function getApiKeysQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: customerDataKeys.apiKeys(tenantId),
    queryFn: ({ signal }) => apiRequest(listCustomerApiKeys, { params: { tenantId }, signal }),
  });
}

export function useApiKeys(tenantId: string) {
  return useSuspenseQuery(getApiKeysQueryOptions(tenantId));
}

/**
 * Creates a key. The whole key is handed to the caller once and kept nowhere: the list is refetched
 * (it holds prefixes only) and the mutation forgets its result at once (gcTime 0).
 */
export function useCreateApiKey(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest(createCustomerApiKey, { params: { tenantId }, body: { name }, client }),
    gcTime: 0,
    onSuccess: () => client.invalidateQueries({ queryKey: customerDataKeys.apiKeys(tenantId) }),
  });
}

export function useRevokeApiKey(tenantId: string, keyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(revokeCustomerApiKey, { params: { tenantId, keyId }, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: customerDataKeys.apiKeys(tenantId) }),
  });
}
