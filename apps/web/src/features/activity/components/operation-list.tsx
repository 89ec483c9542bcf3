import { useTranslation } from 'react-i18next';
import type { ActivityOperation, PreviousOperation } from '@cxc/shared/api/activity';
import { Badge } from '@/components/ui/badge';
import { useFormatters } from '@/lib/use-formatters';
import { ErrorExplanation } from './error-explanation';
import { ZohoRecordLink } from './zoho-record-link';

const TONE = {
  pending: 'neutral',
  writing: 'info',
  done: 'success',
  skipped: 'neutral',
  failed: 'danger',
} as const;

/**
 * The plan's steps and what happened to each at Zoho; with `previous`, the steps of plans a retry
 * replaced (each with when), under their own title.
 */
export function OperationList({
  operations,
  previous = false,
}: {
  operations: (ActivityOperation | PreviousOperation)[];
  previous?: boolean;
}) {
  const { t } = useTranslation('activity');
  const format = useFormatters();
  const { t: tEvents } = useTranslation('events');
  return (
    <div className="subsection">
      <h4 className="subsection__title">
        {t(previous ? 'details.previousOperations' : 'details.operations')}
      </h4>
      {previous ? <p className="muted">{t('details.previousHint')}</p> : null}
      {operations.length === 0 ? (
        <p className="muted">{t('details.noOperations')}</p>
      ) : (
        <ol className="activity-list">
          {operations.map(({ step, status, operation, recordId, name, webUrl, error, ...rest }) => (
            <li key={'replacedAt' in rest ? `${rest.replacedAt}-${step}` : step}>
              <span className="muted">{t('details.stepLabel', { step })}</span>{' '}
              {t(`details.operationKind.${operation.kind}`, {
                module: tEvents(`modules.${operation.module}`),
              })}{' '}
              <Badge tone={TONE[status]}>{t(`details.operationStatus.${status}`)}</Badge>
              {recordId && operation.kind !== 'skip' ? (
                <>
                  {' '}
                  <ZohoRecordLink
                    action={operation.kind === 'create' ? 'created' : 'updated'}
                    module={operation.module}
                    recordId={recordId}
                    name={name}
                    webUrl={webUrl}
                  />
                </>
              ) : null}
              {'replacedAt' in rest ? (
                <span className="muted">
                  {' '}
                  {t('details.replacedAt', { when: format.dateTime(rest.replacedAt) })}
                </span>
              ) : null}
              {error ? <ErrorExplanation error={error} /> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
