import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ErrorState } from './error-state';

/** A screen that failed while rendering; the shell around it (navigation, menus) keeps working. */
export function PageErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const title = t('errors.pageTitle');
  useDocumentTitle(title);
  return <ErrorState error={error} title={title} headingLevel={1} onRetry={resetErrorBoundary} />;
}
