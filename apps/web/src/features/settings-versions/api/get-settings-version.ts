import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getSettingsVersion } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export type SettingsVersionDetail = z.output<typeof getSettingsVersion.response>;

export function fetchSettingsVersion({
  tenantId,
  number,
  signal,
}: {
  tenantId: string;
  number: number;
  signal?: AbortSignal;
}) {
  return apiRequest(getSettingsVersion, { params: { tenantId, number }, signal });
}

export function getSettingsVersionQueryOptions(tenantId: string, number: number) {
  return queryOptions({
    queryKey: settingsKeys.version(tenantId, number),
    queryFn: ({ signal }) => fetchSettingsVersion({ tenantId, number, signal }),
    // A saved version never changes.
    staleTime: Infinity,
  });
}

/** Loaded when the admin opens a version's changes. */
export function useSettingsVersion(tenantId: string, number: number) {
  return useQuery(getSettingsVersionQueryOptions(tenantId, number));
}
