import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { useLabels } from '@/lib/settings/use-labels';
import { TableRegion } from '@/components/ui/table-region';
import { useUserLabel } from '@/lib/settings/use-user-label';
import { useRecordLabel } from './record-names';

type Operation = Exclude<DryRunPlan['operations'][number], { kind: 'skip' }>;

/** The field values one create or update writes, its links to other records, and the exact body. */
export function PlanFields({ operation }: { operation: Operation }) {
  const { t } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  const record = useRecordLabel();
  const userLabel = useUserLabel();
  // A lookup (`{"id": …}`) reads as the user or record it points at, its id on hover.
  const lookupId = (value: unknown) =>
    typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
      ? value.id
      : undefined;
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined) return t('settings:diff.unset');
    if (typeof value === 'string') return value;
    const id = lookupId(value);
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (id === undefined) return JSON.stringify(value);
    if (field !== 'Owner') return record(id);
    const user = userLabel(id);
    return user === id ? t('plan.unnamed') : user;
  };
  const title = (value: unknown) => lookupId(value);
  const changes =
    operation.kind === 'update'
      ? new Map(operation.changes.map((change) => [change.field, change.from]))
      : undefined;
  const entries = Object.entries(operation.fields);
  return (
    <>
      {entries.length > 0 ? (
        <div className="table-card">
          <TableRegion label={t('plan.fieldsCaption', { step: operation.step })}>
            <table className="data-table">
              <caption className="sr-only">{t('plan.fieldsCaption', { step: operation.step })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.field')}</th>
                  {changes ? <th scope="col">{t('plan.before')}</th> : null}
                  <th scope="col">{t('plan.value')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map(([field, value]) => (
                  <tr key={field}>
                    <th scope="row">
                      <code>{field}</code>
                    </th>
                    {changes ? (
                      <td title={title(changes.get(field))}>
                        {changes.has(field) ? show(field, changes.get(field)) : ''}
                      </td>
                    ) : null}
                    <td className="plan__value" title={title(value)}>
                      {show(field, value)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      ) : (
        <p className="muted">{t('plan.noFields')}</p>
      )}
      {operation.links.length > 0 ? (
        <ul className="plan__list">
          {operation.links.map((link) => (
            <li key={link.field} title={link.target.ref === 'existing' ? link.target.id : undefined}>
              {t('plan.link', {
                field: link.field,
                target:
                  link.target.ref === 'existing'
                    ? t('plan.linkExisting', {
                        module: labels.module(link.target.module),
                        record: record(link.target.id),
                      })
                    : t('plan.linkCreated', {
                        module: labels.module(link.target.module),
                        step: link.target.step,
                      }),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="plan__payload">
        <summary>{t('plan.payload', { step: operation.step })}</summary>
        <pre>{JSON.stringify(operation.payload, null, 2)}</pre>
      </details>
    </>
  );
}
