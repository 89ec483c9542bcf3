import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rotateSigningSecret } from '@cxc/shared/api/events';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/**
 * Creates or rotates the signing secret. Only the status goes into the query cache; the secret is
 * handed to the caller once, and the mutation forgets it at once (gcTime 0) so it does not linger
 * in memory after the admin leaves.
 */
export function useRotateSigningSecret(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(rotateSigningSecret, { params: { tenantId }, client }),
    gcTime: 0,
    onSuccess: ({ configured, createdAt, previousValidUntil }) => {
      client.setQueryData(activityKeys.secret(tenantId), { configured, createdAt, previousValidUntil });
    },
  });
}
