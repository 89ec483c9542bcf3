import { tenantQueryKey } from '@/lib/tenant-cache';

/** Under the tenant's prefix: a change to the connection refreshes the issues with everything else. */
export const issueKeys = {
  list: (tenantId: string) => [...tenantQueryKey(tenantId), 'issues', 'list'] as const,
  webhook: (tenantId: string) => [...tenantQueryKey(tenantId), 'issues', 'webhook'] as const,
};
