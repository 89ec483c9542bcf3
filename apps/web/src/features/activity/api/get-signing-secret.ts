import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getSigningSecret } from '@cxc/shared/api/events';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

export function getSigningSecretQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: activityKeys.secret(tenantId),
    queryFn: ({ signal }) => apiRequest(getSigningSecret, { params: { tenantId }, signal }),
  });
}

/** Whether a secret exists and since when; never the secret itself. */
export function useSigningSecret(tenantId: string) {
  return useSuspenseQuery(getSigningSecretQueryOptions(tenantId));
}
