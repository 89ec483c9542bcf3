import { tenantQueryKey } from '@/lib/tenant-cache';

/** Every settings query sits under the tenant's key, so a connection change refreshes them too. */
export const settingsKeys = {
  all: (tenantId: string) => [...tenantQueryKey(tenantId), 'settings'] as const,
  current: (tenantId: string) => [...settingsKeys.all(tenantId), 'current'] as const,
  versions: (tenantId: string) => [...settingsKeys.all(tenantId), 'versions'] as const,
  versionPage: (tenantId: string, page: number) =>
    [...settingsKeys.versions(tenantId), 'page', page] as const,
  version: (tenantId: string, number: number) => [...settingsKeys.versions(tenantId), 'one', number] as const,
  metadata: (tenantId: string) => [...tenantQueryKey(tenantId), 'zoho', 'metadata'] as const,
  agents: (tenantId: string) => [...tenantQueryKey(tenantId), 'agents'] as const,
};
