import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { isApiClientError } from '@/lib/api-error';
import { canRetry, errorMessageKey } from './error-message';

interface ErrorStateProps {
  error: unknown;
  title: string;
  headingLevel?: 1 | 2 | 3;
  onRetry?: () => void;
  retryLabel?: string;
}

/** A failure explained in the user's language, with the server's correlation id for support. */
export function ErrorState({ error, title, headingLevel = 2, onRetry, retryLabel }: ErrorStateProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const correlationId = isApiClientError(error) ? error.correlationId : undefined;
  return (
    <div className="error-state" role="alert">
      <span className="error-state__icon" aria-hidden="true">
        <AlertIcon />
      </span>
      <div className="error-state__content">
        <Heading className="error-state__title">{title}</Heading>
        <p>{t(errorMessageKey(error))}</p>
        {correlationId ? (
          <div className="error-state__reference">
            <dl>
              <dt>{t('errors.reference')}</dt>
              <dd>
                <code>{correlationId}</code>
              </dd>
            </dl>
            <p className="muted">{t('errors.referenceHint')}</p>
          </div>
        ) : null}
        {onRetry && canRetry(error) ? (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {retryLabel ?? t('errors.retry')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
