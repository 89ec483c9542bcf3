import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  getActionForm,
  type PanelAction,
  type PanelContextInput,
  type PanelParent,
} from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export type ActionForm = z.output<typeof getActionForm.response>;

export function getActionFormQueryOptions(
  tenantId: string,
  action: PanelAction,
  context: PanelContextInput,
  parent: PanelParent | undefined,
) {
  const query = { ...context, ...(parent ? { parentModule: parent.module, parentId: parent.id } : {}) };
  return queryOptions({
    queryKey: agentPanelKeys.form(tenantId, action, query),
    queryFn: ({ signal }) => apiRequest(getActionForm, { params: { tenantId, action }, query, signal }),
    // The prefill must not change under the agent's typing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useActionForm(
  tenantId: string,
  action: PanelAction,
  context: PanelContextInput,
  parent: PanelParent | undefined,
) {
  return useQuery(getActionFormQueryOptions(tenantId, action, context, parent));
}
