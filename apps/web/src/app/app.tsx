import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: i18n }) {
  return (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <AppRouter />
    </AppProvider>
  );
}
