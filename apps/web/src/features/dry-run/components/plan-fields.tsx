import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { useLabels } from '@/lib/settings/use-labels';
import { TableRegion } from '@/components/ui/table-region';

type Operation = Exclude<DryRunPlan['operations'][number], { kind: 'skip' }>;

/** The field values one create or update writes, its links to other records, and the exact body. */
export function PlanFields({ operation }: { operation: Operation }) {
  const { t } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  const show = (value: unknown) =>
    value === null || value === undefined
      ? t('settings:diff.unset')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
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
                    {changes ? <td>{changes.has(field) ? show(changes.get(field)) : ''}</td> : null}
                    <td className="plan__value">{show(value)}</td>
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
            <li key={link.field}>
              {t('plan.link', {
                field: link.field,
                target:
                  link.target.ref === 'existing'
                    ? t('plan.linkExisting', {
                        module: labels.module(link.target.module),
                        id: link.target.id,
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
