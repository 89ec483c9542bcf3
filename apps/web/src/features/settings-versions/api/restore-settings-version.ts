import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { restoreSettingsVersion } from '@cxc/shared/api/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export function postRestoreVersion(client: QueryClient, tenantId: string, number: number) {
  return apiRequest(restoreSettingsVersion, { params: { tenantId, number }, body: {}, client });
}

/** Restoring saves a new version with the old content; history itself is never rewritten. */
export function useRestoreSettingsVersion(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => postRestoreVersion(client, tenantId, number),
    onSuccess: async (restored) => {
      client.setQueryData(settingsKeys.current(tenantId), restored);
      await client.invalidateQueries({ queryKey: settingsKeys.versions(tenantId) });
    },
  });
}
