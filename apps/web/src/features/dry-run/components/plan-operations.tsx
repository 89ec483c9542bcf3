import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { loose } from '@/lib/settings/dynamic-t';
import { useLabels } from '@/lib/settings/use-labels';
import { PlanAttachmentList } from './plan-attachment-list';
import { PlanFields } from './plan-fields';
import { useRecordLabel } from './record-names';

type Operation = DryRunPlan['operations'][number];

/** The records that would be created, updated or skipped, with their field values and Zoho's request body. */
export function PlanOperations({ operations }: { operations: readonly Operation[] }) {
  const { t, i18n } = useTranslation('dryRun');
  const labels = useLabels();
  const record = useRecordLabel();
  const skipReason = (operation: Extract<Operation, { kind: 'skip' }>) => {
    const key = `skipReason.${operation.reason}`;
    return i18n.exists(key, { ns: 'dryRun' }) ? loose(t)(key, operation.params) : operation.reason;
  };
  return (
    <div className="plan__part">
      <h4 className="plan__subtitle">{t('plan.operations')}</h4>
      {operations.length === 0 ? <p>{t('plan.noOperations')}</p> : null}
      <ol className="plan__operations">
        {operations.map((operation) => (
          <li key={operation.step} className={`operation operation--${operation.kind}`}>
            <p className="operation__title">
              {t(`operation.${operation.kind}`, {
                step: operation.step,
                module: labels.module(operation.module),
                role: t(`operationRole.${operation.role}`),
              })}
              {operation.kind !== 'create' && operation.recordId ? (
                <span className="plan__ids" title={operation.recordId}>
                  {' '}
                  {record(operation.recordId)}
                </span>
              ) : null}
            </p>
            {operation.kind === 'skip' ? (
              <p className="muted">{skipReason(operation)}</p>
            ) : (
              <PlanFields operation={operation} />
            )}
            <PlanAttachmentList attachments={operation.attachments} />
          </li>
        ))}
      </ol>
    </div>
  );
}
