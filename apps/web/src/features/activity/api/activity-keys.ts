import type { ActivityQuery } from '@cxc/shared/api/activity';
import { tenantQueryKey } from '@/lib/tenant-cache';

/** Under the tenant prefix, so a connection change elsewhere refreshes the log too. */
export const activityKeys = {
  all: (tenantId: string) => [...tenantQueryKey(tenantId), 'activity'] as const,
  lists: (tenantId: string) => [...activityKeys.all(tenantId), 'list'] as const,
  list: (tenantId: string, query: ActivityQuery) => [...activityKeys.lists(tenantId), query] as const,
  detail: (tenantId: string, id: string) => [...activityKeys.all(tenantId), 'detail', id] as const,
  secret: (tenantId: string) => [...tenantQueryKey(tenantId), 'signing-secret'] as const,
};
