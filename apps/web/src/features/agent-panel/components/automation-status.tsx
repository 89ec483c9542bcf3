import { useTranslation } from 'react-i18next';
import type { AutomationHistoryEntry } from '@cxc/shared/api/agent-panel';
import { eventErrorKey } from '@/lib/i18n/event-keys';
import { useErrorDetail } from '@/lib/i18n/use-error-detail';

/** The event's status and, when it wrote nothing or failed, why: the skip reason or Zoho's error in plain words. */
export function AutomationStatus({ entry }: { entry: AutomationHistoryEntry }) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const explain = useErrorDetail();
  return (
    <>
      {t(`history.statuses.${entry.status}`)}
      {entry.skipReason ? <p>{tEvents(`skipReason.${entry.skipReason}`)}</p> : null}
      {entry.error ? (
        <>
          <p>{tEvents(`errors.${eventErrorKey(entry.error.code)}`)}</p>
          <p className="muted">{t('history.zohoAnswer', { message: explain(entry.error) })}</p>
        </>
      ) : null}
    </>
  );
}
