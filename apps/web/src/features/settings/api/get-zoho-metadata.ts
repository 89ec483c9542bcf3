import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getZohoMetadata } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from './settings-cache';

export type ZohoMetadata = z.output<typeof getZohoMetadata.response>;

export function fetchZohoMetadata({ tenantId, signal }: { tenantId: string; signal?: AbortSignal }) {
  return apiRequest(getZohoMetadata, { params: { tenantId }, signal });
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
