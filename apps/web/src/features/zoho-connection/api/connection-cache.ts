import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { tenantQueryKey } from '@/lib/tenant-cache';

export function connectionQueryKey(tenantId: string) {
  return [...tenantQueryKey(tenantId), 'zoho', 'connection'] as const;
}

function isConnectionKey(key: QueryKey, tenantId: string): boolean {
  const expected = connectionQueryKey(tenantId);
  return key.length === expected.length && expected.every((part, index) => key[index] === part);
}

/**
 * After any change to the connection: keep the connection the server answered with, and refresh the
 * rest of the tenant's data that depends on it (integration status and nav badge, audit log).
 */
export async function afterConnectionChange(
  client: QueryClient,
  tenantId: string,
  connection?: Connection,
): Promise<void> {
  if (connection) client.setQueryData(connectionQueryKey(tenantId), connection);
  await client.invalidateQueries({
    queryKey: tenantQueryKey(tenantId),
    predicate: connection ? (query) => !isConnectionKey(query.queryKey, tenantId) : undefined,
  });
}
