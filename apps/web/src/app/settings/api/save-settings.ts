import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { saveSettings } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { apiRequest } from '@/lib/api-client';
import { settingsKeys } from '@/lib/settings/settings-cache';

export interface SaveSettingsInput {
  settings: IntegrationSettings;
  /** The version the editor started from; the server answers 409 when someone saved since. */
  baseVersion: number | null;
}

export function putSettings(client: QueryClient, tenantId: string, body: SaveSettingsInput) {
  return apiRequest(saveSettings, { params: { tenantId }, body, client });
}

export function useSaveSettings(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSettingsInput) => putSettings(client, tenantId, body),
    onSuccess: async (saved) => {
      client.setQueryData(settingsKeys.current(tenantId), saved);
      await client.invalidateQueries({ queryKey: settingsKeys.versions(tenantId) });
    },
  });
}
