import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { useLabels } from '@/lib/settings/use-labels';
import { TableRegion } from '@/components/ui/table-region';
import { useRecordLabel } from './record-names';

type Search = DryRunPlan['searches'][number];

/** Every Zoho search the conversation runs, what Zoho returned, and what survived the exact re-check. */
export function PlanSearches({ searches }: { searches: readonly Search[] }) {
  const { t } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  const record = useRecordLabel();
  const query = (search: Search) => {
    const q = search.query;
    if (q.by === 'id') return t('plan.queryId', { record: record(q.id) });
    if (q.by === 'email') return t('plan.queryEmail', { email: q.email });
    if (q.by === 'phone') return t('plan.queryPhone', { phone: q.phone });
    return t('plan.queryCriteria', { criteria: q.criteria });
  };
  return (
    <div className="plan__part">
      <h4 id="plan-searches-heading" className="plan__subtitle">
        {t('plan.searches')}
      </h4>
      {searches.length === 0 ? (
        <p>{t('plan.noSearches')}</p>
      ) : (
        <div className="table-card">
          <TableRegion label={t('plan.searches')}>
            <table className="data-table" aria-labelledby="plan-searches-heading">
              <thead>
                <tr>
                  <th scope="col">{t('plan.module')}</th>
                  <th scope="col">{t('plan.rule')}</th>
                  <th scope="col">{t('plan.query')}</th>
                  <th scope="col">{t('plan.found')}</th>
                </tr>
              </thead>
              <tbody>
                {searches.map((search, index) => (
                  <tr key={index}>
                    <th scope="row">{labels.module(search.module)}</th>
                    <td>{t(`settings:idRuleKind.${search.rule}`)}</td>
                    <td>
                      <code>{query(search)}</code>
                    </td>
                    <td>
                      {t('plan.foundCount', {
                        returned: search.resultIds.length,
                        matched: search.matchedIds.length,
                      })}
                      {search.matchedIds.length ? (
                        <span className="plan__ids" title={search.matchedIds.join(', ')}>
                          {' '}
                          {search.matchedIds.map(record).join(', ')}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      )}
    </div>
  );
}
