import type { Resource } from 'i18next';
import type { Language } from './languages';
import { loadNamespace } from './lazy-namespaces';

/**
 * What the shell needs before its first render: its own namespace and the small shared `events` one.
 * The screens' namespaces load with them, see `lazy-namespaces.ts`; `resources.ts` holds every
 * namespace for the parity tests.
 */
export const SHELL_NAMESPACES = ['translation', 'events'] as const;

/** The shell's texts in one language: the other three are never downloaded unless the user switches. */
export async function loadShellResources(language: Language): Promise<Resource> {
  const [translation, events] = await Promise.all([
    loadNamespace('translation', language),
    loadNamespace('events', language),
  ]);
  return { [language]: { translation, events } };
}
