import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { AppErrorFallback } from '@/components/errors/app-error-fallback';

interface AppProviderProps {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
}

/** i18n sits outside the outermost boundary so that even the last-resort error page is translated. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallbackRender={({ error }) => <AppErrorFallback error={error} />}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
