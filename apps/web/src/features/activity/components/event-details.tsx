import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { LoadingState } from '@/components/ui/loading-state';
import { useFormatters } from '@/lib/use-formatters';
import { useActivityEvent } from '../api/get-activity-event';
import { AttachmentList } from './attachment-list';
import { IdentificationDetails } from './identification-details';
import { OperationList } from './operation-list';
import { RuleEvaluations } from './rule-evaluations';

/**
 * The expanded row: which rules were tried (and why each did or did not match), every operation, and
 * what earlier plans did before a retry planned the event again.
 */
export function EventDetails({ tenantId, id }: { tenantId: string; id: string }) {
  const { t } = useTranslation('activity');
  const format = useFormatters();
  const { t: tCommon } = useTranslation();
  const detail = useActivityEvent(tenantId, id);
  if (detail.isPending) return <LoadingState label={t('details.loading')} />;
  if (detail.isError) {
    return (
      <p className="callout callout--danger" role="alert">
        {t('details.failed')} {tCommon(errorMessageKey(detail.error))}
      </p>
    );
  }
  const { event, evaluations, operations, previousOperations } = detail.data;
  return (
    <div className="activity-details">
      {event.test ? <p className="callout callout--info">{t('details.test')}</p> : null}
      <dl className="facts facts--compact">
        <dt>{t('details.eventId')}</dt>
        <dd>
          <code>{event.eventId}</code>
        </dd>
        <dt>{t('details.occurredAt')}</dt>
        <dd>
          <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
        </dd>
      </dl>
      <RuleEvaluations evaluations={evaluations} />
      <IdentificationDetails identification={detail.data.identification} />
      <OperationList operations={operations} />
      <AttachmentList attachments={detail.data.attachments} />
      {previousOperations.length > 0 ? <OperationList operations={previousOperations} previous /> : null}
    </div>
  );
}
