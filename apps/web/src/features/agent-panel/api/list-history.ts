import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { listHistory } from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export type HistoryQuery = z.input<NonNullable<typeof listHistory.query>>;

export function listHistoryQueryOptions(tenantId: string, filter: HistoryQuery) {
  const key = Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  return queryOptions({
    queryKey: agentPanelKeys.history(tenantId, key),
    queryFn: ({ signal }) => apiRequest(listHistory, { params: { tenantId }, query: key, signal }),
  });
}

/** Our own log; nothing to ask for without a conversation, phone or e-mail. */
export function useHistory(tenantId: string, filter: HistoryQuery) {
  const enabled = Object.values(filter).some(Boolean);
  return useQuery({ ...listHistoryQueryOptions(tenantId, filter), enabled });
}
