import { useEffect, useState } from 'react';
import { type PanelContextInput } from '@cxc/shared/api/agent-panel';
import { contextFromMessage, panelMessageSchema, panelSearch } from '../schemas/panel-url-state';

export const PANEL_READY_TYPE = 'cxc:ready';

/** `'self'` in the allowlist is our own origin. */
export function allowedOrigins(embedOrigins: readonly string[]): Set<string> {
  return new Set(embedOrigins.map((origin) => (origin === "'self'" ? window.location.origin : origin)));
}

/**
 * The conversation the panel shows: first from its URL, then from `{type: 'cxc:conversation', data}`
 * messages of the embedding console, accepted only from the allowed origins (the same list that may
 * frame the panel). Each update replaces the URL too, so a reload shows the same conversation.
 */
export function usePanelContext(initial: PanelContextInput, embedOrigins: readonly string[] | undefined) {
  const [context, setContext] = useState(initial);
  useEffect(() => {
    if (!embedOrigins) return undefined;
    const allowed = allowedOrigins(embedOrigins);
    const onMessage = (event: MessageEvent) => {
      if (!allowed.has(event.origin)) return;
      const message = panelMessageSchema.safeParse(event.data);
      if (!message.success) return;
      const next = contextFromMessage(message.data.data);
      setContext(next);
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}?${panelSearch(next)}`,
      );
    };
    window.addEventListener('message', onMessage);
    // Tells an embedding console it may post now; targetOrigin keeps other pages from hearing it.
    if (window.parent !== window)
      for (const origin of allowed) window.parent.postMessage({ type: PANEL_READY_TYPE }, origin);
    return () => window.removeEventListener('message', onMessage);
  }, [embedOrigins]);
  return context;
}
