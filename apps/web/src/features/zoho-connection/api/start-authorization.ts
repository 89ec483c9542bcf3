import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { startAuthorization } from '@cxc/shared/api/zoho-connection';
import { apiRequest } from '@/lib/api-client';

export type AuthorizationMode = 'popup' | 'redirect';

export function postStartAuthorization(client: QueryClient, tenantId: string, mode: AuthorizationMode) {
  return apiRequest(startAuthorization, { params: { tenantId }, body: { mode }, client });
}

/** Binds state + PKCE to the admin's session and answers with Zoho's consent URL. */
export function useStartAuthorization(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mode: AuthorizationMode) => postStartAuthorization(client, tenantId, mode),
  });
}
