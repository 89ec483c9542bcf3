import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { listSettingsVersions } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export const VERSIONS_PER_PAGE = 20;

export function fetchSettingsVersions({
  tenantId,
  page,
  signal,
}: {
  tenantId: string;
  page: number;
  signal?: AbortSignal;
}) {
  return apiRequest(listSettingsVersions, {
    params: { tenantId },
    query: { page, perPage: VERSIONS_PER_PAGE },
    signal,
  });
}

export function getSettingsVersionsQueryOptions(tenantId: string, page: number) {
  return queryOptions({
    queryKey: settingsKeys.versionPage(tenantId, page),
    queryFn: ({ signal }) => fetchSettingsVersions({ tenantId, page, signal }),
    // Paging keeps the current page on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useSettingsVersions(tenantId: string, page: number) {
  return useQuery(getSettingsVersionsQueryOptions(tenantId, page));
}
