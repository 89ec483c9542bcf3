import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { saveSystemClient, type SystemClient } from '@cxc/shared/api/system';
import { apiRequest } from '@/lib/api-client';
import type { BodyInput } from '@/lib/endpoint-body';
import { systemClientsQueryKey } from './list-system-clients';

export type SaveSystemClientBody = BodyInput<typeof saveSystemClient>;

export function putSystemClient(client: QueryClient, dataCenterId: string, body: SaveSystemClientBody) {
  return apiRequest(saveSystemClient, { params: { dataCenterId }, body, client });
}

export function useSaveSystemClient(dataCenterId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSystemClientBody) => putSystemClient(client, dataCenterId, body),
    onSuccess: (saved: SystemClient) => {
      client.setQueryData(
        systemClientsQueryKey,
        (current: { redirectUrl: string; clients: SystemClient[] } | undefined) =>
          current
            ? {
                ...current,
                clients: current.clients.map((entry) =>
                  entry.dataCenter.id === saved.dataCenter.id ? saved : entry,
                ),
              }
            : current,
      );
    },
  });
}
