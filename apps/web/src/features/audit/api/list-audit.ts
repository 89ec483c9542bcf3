import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { listAudit } from '@cxc/shared/api/audit';
import { apiRequest } from '@/lib/api-client';
import { tenantQueryKey } from '@/lib/tenant-cache';

export const AUDIT_PAGE_SIZE = 25;

export function fetchAudit({
  tenantId,
  page,
  signal,
}: {
  tenantId: string;
  page: number;
  signal?: AbortSignal;
}) {
  return apiRequest(listAudit, { params: { tenantId }, query: { page, perPage: AUDIT_PAGE_SIZE }, signal });
}

export function getAuditQueryOptions(tenantId: string, page: number) {
  return queryOptions({
    queryKey: [...tenantQueryKey(tenantId), 'audit', { page }],
    queryFn: ({ signal }) => fetchAudit({ tenantId, page, signal }),
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useAudit(tenantId: string, page: number) {
  return useSuspenseQuery(getAuditQueryOptions(tenantId, page));
}
