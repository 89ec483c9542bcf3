import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteIssueWebhook } from '@cxc/shared/api/connection-issues';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export function useDeleteIssueWebhook(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(deleteIssueWebhook, { params: { tenantId }, client }),
    onSuccess: (webhook) => client.setQueryData(issueKeys.webhook(tenantId), webhook),
  });
}
