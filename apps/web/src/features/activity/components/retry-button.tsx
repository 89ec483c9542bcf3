import { useTranslation } from 'react-i18next';
import { useRetryActivityEvent } from '../api/retry-activity-event';

/** Queues one failed or retrying event again; the outcome is announced by the log's status line. */
export function RetryButton({
  tenantId,
  id,
  eventId,
  onDone,
}: {
  tenantId: string;
  id: string;
  eventId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('activity');
  const retry = useRetryActivityEvent(tenantId);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={t('retry.oneNamed', { eventId })}
      aria-disabled={retry.isPending || undefined}
      onClick={() => {
        if (retry.isPending) return;
        // mutateAsync, not mutate's callbacks: the refreshed row (now queued) drops this button first.
        void retry.mutateAsync(id).then(
          () => onDone(t('retry.queued', { eventId })),
          () => onDone(t('retry.failed')),
        );
      }}
    >
      {retry.isPending ? t('retry.onePending') : t('retry.one')}
    </button>
  );
}
