import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveIssueWebhook } from '@cxc/shared/api/connection-issues';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

/**
 * Sets the webhook and a new secret. Only the URL goes into the cache; the secret is handed to the caller
 * once and the mutation forgets it at once (gcTime 0).
 */
export function useSaveIssueWebhook(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) =>
      apiRequest(saveIssueWebhook, { params: { tenantId }, body: { url }, client }),
    gcTime: 0,
    onSuccess: ({ configured, url, createdAt }) => {
      client.setQueryData(issueKeys.webhook(tenantId), { configured, url, createdAt });
    },
  });
}
