import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getIssueWebhook } from '@cxc/shared/api/connection-issues';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export function getIssueWebhookQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: issueKeys.webhook(tenantId),
    queryFn: ({ signal }) => apiRequest(getIssueWebhook, { params: { tenantId }, signal }),
  });
}

export function useIssueWebhook(tenantId: string) {
  return useSuspenseQuery(getIssueWebhookQueryOptions(tenantId));
}
