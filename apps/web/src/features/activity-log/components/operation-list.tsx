import { useTranslation } from 'react-i18next';
import type { ActivityOperation } from '@cxc/shared/api/activity';
import { Badge } from '@/components/ui/badge';
import { ErrorExplanation } from './error-explanation';
import { ZohoRecordLink } from './zoho-record-link';

const TONE = {
  pending: 'neutral',
  writing: 'info',
  done: 'success',
  skipped: 'neutral',
  failed: 'danger',
} as const;

/** The plan's steps and what happened to each at Zoho. */
export function OperationList({ operations }: { operations: ActivityOperation[] }) {
  const { t } = useTranslation('activity');
  return (
    <div className="subsection">
      <h4 className="subsection__title">{t('details.operations')}</h4>
      {operations.length === 0 ? (
        <p className="muted">{t('details.noOperations')}</p>
      ) : (
        <ol className="activity-list">
          {operations.map(({ step, status, operation, recordId, webUrl, error }) => (
            <li key={step}>
              <span className="muted">{t('details.stepLabel', { step })}</span>{' '}
              {t(`details.operationKind.${operation.kind}`, { module: t(`modules.${operation.module}`) })}{' '}
              <Badge tone={TONE[status]}>{t(`details.operationStatus.${status}`)}</Badge>
              {recordId && operation.kind !== 'skip' ? (
                <>
                  {' '}
                  <ZohoRecordLink
                    action={operation.kind === 'create' ? 'created' : 'updated'}
                    module={operation.module}
                    recordId={recordId}
                    webUrl={webUrl}
                  />
                </>
              ) : null}
              {error ? <ErrorExplanation error={error} /> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
