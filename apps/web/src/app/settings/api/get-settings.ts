import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getSettings } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export type SettingsResponse = z.output<typeof getSettings.response>;

export function fetchSettings({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(getSettings, { params: { tenantId }, signal });
}

export function getSettingsQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: settingsKeys.current(tenantId),
    queryFn: ({ signal }) => fetchSettings({ tenantId, signal }),
    // The editor starts from one version and saves against it (baseVersion); a background refetch
    // must not move that base under the admin's feet. Reloading is an explicit action. Dropped as soon
    // as the editor closes, so opening it again always starts from the latest version.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** Suspends while loading; a failure goes to the surrounding section boundary. */
export function useSettings(tenantId: string) {
  return useSuspenseQuery(getSettingsQueryOptions(tenantId));
}
