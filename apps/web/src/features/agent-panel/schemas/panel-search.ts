import type { PanelContextInput } from '@cxc/shared/api/agent-panel';

/**
 * The panel's URL parameters for a context. A file of its own without schemas, so the agent's start page
 * (the launcher) does not download the panel's API schemas and, with them, the phone metadata.
 */
export function panelSearch(context: PanelContextInput): string {
  const entries = Object.entries(context).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  return new URLSearchParams(entries).toString();
}
