import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { getZohoMetadata } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from './settings-cache';

export type ZohoMetadata = z.output<typeof getZohoMetadata.response>;

export function fetchZohoMetadata({
  tenantId,
  refresh = false,
  signal,
}: {
  tenantId: string;
  /** Past the BFF's short cache: after a field was created in Zoho by hand. */
  refresh?: boolean;
  signal?: AbortSignal;
}) {
  return apiRequest(getZohoMetadata, {
    params: { tenantId },
    ...(refresh ? { query: { refresh: '1' as const } } : {}),
    signal,
  });
}

export function getZohoMetadataQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: settingsKeys.metadata(tenantId),
    queryFn: ({ signal }) => fetchZohoMetadata({ tenantId, signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * Not suspending: the editor stays usable without metadata (API names can be typed), and a failure
 * is shown as such next to what it affects, never as an empty field list.
 */
export function useZohoMetadata(tenantId: string) {
  return useQuery(getZohoMetadataQueryOptions(tenantId));
}

/** Reads the org's fields and users from Zoho again, e.g. once the admin has created a custom field. */
export function useReloadZohoMetadata(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => fetchZohoMetadata({ tenantId, refresh: true }),
    onSuccess: (metadata) => client.setQueryData(settingsKeys.metadata(tenantId), metadata),
  });
}
