import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';
import { ErrorState } from './error-state';

/**
 * One section of a screen: its loading state, and a failure that stays inside it. Retry resets the
 * failed queries below (QueryErrorResetBoundary) and renders the section again.
 */
export function SectionBoundary({
  children,
  headingLevel = 3,
}: {
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <ErrorState
              error={error}
              title={t('errors.sectionTitle')}
              headingLevel={headingLevel}
              onRetry={resetErrorBoundary}
            />
          )}
        >
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
