import { useTranslation } from 'react-i18next';
import type { ActivityEvent } from '@cxc/shared/api/activity';
import { useFormatters } from '@/lib/use-formatters';
import { ErrorExplanation } from './error-explanation';
import { StatusBadge } from './status-badge';

/** Where the event is, why (skip reason or Zoho's error), and when it is tried next. */
export function StatusCell({ event }: { event: ActivityEvent }) {
  const { t } = useTranslation('activity');
  const format = useFormatters();
  const { t: tEvents } = useTranslation('events');
  return (
    <div className="activity-status">
      <StatusBadge status={event.status} />
      {event.skipReason ? <p>{tEvents(`skipReason.${event.skipReason}`)}</p> : null}
      {event.attempts > 0 ? (
        <p className="muted">
          {t('list.attempts', { count: event.attempts })}
          {event.nextAttemptAt ? (
            <>
              {' · '}
              {t('list.nextAttempt', { when: format.dateTime(event.nextAttemptAt) })}
            </>
          ) : null}
        </p>
      ) : null}
      {event.error ? <ErrorExplanation error={event.error} /> : null}
    </div>
  );
}
