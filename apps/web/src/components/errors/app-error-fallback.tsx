import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ErrorState } from './error-state';

/**
 * Last resort when the whole console failed. It renders outside the shell (no landmarks to lean on),
 * so it brings its own `<main>`; a reload starts from a clean slate.
 */
export function AppErrorFallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = t('errors.pageTitle');
  useDocumentTitle(title);
  return (
    <main className="standalone">
      <ErrorState
        error={error}
        title={title}
        headingLevel={1}
        onRetry={() => window.location.reload()}
        retryLabel={t('errors.reload')}
      />
    </main>
  );
}
