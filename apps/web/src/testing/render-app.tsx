import { render } from '@testing-library/react';
import { App } from '@/app/app';
import { createTestI18n } from './create-test-i18n';
import type { Language } from '@/lib/i18n/languages';
import { createQueryClient } from '@/lib/query-client';

interface RenderAppOptions {
  url?: string;
  language?: Language;
  onUnauthenticated?: () => void;
}

/** The whole console at a URL, with a fresh query client and i18n instance. Stub fetch first. */
export function renderApp({ url = '/', language = 'en', onUnauthenticated }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient({
    // No retry back-off in tests: a failure shows at once.
    defaultOptions: { queries: { retry: false } },
    ...(onUnauthenticated ? { onUnauthenticated } : {}),
  });
  const i18n = createTestI18n(language);
  const view = render(<App queryClient={queryClient} i18n={i18n} />);
  return { ...view, queryClient, i18n };
}
