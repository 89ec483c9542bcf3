import type { PanelContextInput } from '@cxc/shared/api/agent-panel';

/** Query keys of the panel; a created record invalidates the screen pop and the history of the tenant. */
export const agentPanelKeys = {
  all: (tenantId: string) => ['agent-panel', tenantId] as const,
  config: (tenantId: string) => ['agent-panel', tenantId, 'config'] as const,
  screenPop: (tenantId: string, context: PanelContextInput) =>
    ['agent-panel', tenantId, 'screen-pop', context] as const,
  search: (tenantId: string, by: string, q: string) => ['agent-panel', tenantId, 'search', by, q] as const,
  /** `query`: the context plus the parent record, exactly as sent. */
  form: (tenantId: string, action: string, query: Record<string, unknown>) =>
    ['agent-panel', tenantId, 'form', action, query] as const,
  history: (tenantId: string, filter: Record<string, string>) =>
    ['agent-panel', tenantId, 'history', filter] as const,
};
