import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type PanelAction,
  type PanelContextInput,
  type PanelParent,
  runAction,
} from '@cxc/shared/api/agent-panel';
import { apiRequest } from '@/lib/api-client';
import { agentPanelKeys } from './agent-panel-keys';

export interface RunActionInput {
  requestId: string;
  context: PanelContextInput;
  values: Record<string, string>;
  parent?: PanelParent | undefined;
}

/** Creates the record; the screen pop (linked records) and the history then show it. */
export function useRunAction(tenantId: string, action: PanelAction) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, context, values, parent }: RunActionInput) =>
      apiRequest(runAction, {
        params: { tenantId, action },
        body: { requestId, context, values, ...(parent ? { parent } : {}) },
        client,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [...agentPanelKeys.all(tenantId), 'screen-pop'] });
      await client.invalidateQueries({ queryKey: [...agentPanelKeys.all(tenantId), 'history'] });
    },
  });
}
