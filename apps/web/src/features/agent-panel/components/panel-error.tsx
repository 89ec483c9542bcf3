import { ErrorState } from '@/components/errors/error-state';
import { isApiClientError } from '@/lib/api-error';

/**
 * Zoho-side problems (not connected, must reconnect, Zoho unreachable) carry a message written for
 * users (AppError's rule): the agent reads it as is. Anything else gets the generic explanation.
 */
export function PanelError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry?: () => void;
}) {
  if (isApiClientError(error) && (error.code === 'CONFLICT' || error.code === 'UPSTREAM_UNAVAILABLE')) {
    return (
      <div className="notice notice--danger" role="alert">
        <div className="notice__content">
          <p className="notice__title">{title}</p>
          <p>{error.message}</p>
        </div>
      </div>
    );
  }
  return <ErrorState error={error} title={title} headingLevel={3} {...(onRetry ? { onRetry } : {})} />;
}
