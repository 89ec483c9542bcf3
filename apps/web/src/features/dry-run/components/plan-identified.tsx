import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { useLabels } from '@/lib/settings/use-labels';
import { useRecordLabel } from './record-names';

/** Who the visitor turned out to be in Zoho (or that nobody was found), and the Account found. */
export function PlanIdentified({ plan }: { plan: DryRunPlan }) {
  const { t } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  const record = useRecordLabel();
  const found = plan.identified;
  if (!found) return null;
  return (
    <div className="plan__part">
      <h4 className="plan__subtitle">{t('plan.identified')}</h4>
      <p
        title={
          found.outcome === 'found'
            ? found.recordId
            : found.outcome === 'needs_review'
              ? found.candidates.join(', ')
              : undefined
        }
      >
        {found.outcome === 'found'
          ? t('plan.foundRecord', {
              module: labels.module(found.module),
              record: record(found.recordId),
              via: t(`settings:idRuleKind.${found.via}`),
            })
          : found.outcome === 'needs_review'
            ? t('plan.needsReview', {
                module: labels.module(found.module),
                count: found.candidates.length,
                records: found.candidates.map(record).join(', '),
              })
            : t('plan.notFound')}
      </p>
      {found.outcome === 'found' && found.policy ? (
        <p className="muted">
          {t('plan.policyUsed', {
            count: found.candidates.length,
            policy: t(`settings:multipleMatches.${found.policy}`),
          })}
        </p>
      ) : null}
      {plan.account ? (
        <p title={plan.account.id}>
          {t('plan.account', {
            record: record(plan.account.id),
            via: t(`settings:idRuleKind.${plan.account.via}`),
          })}
        </p>
      ) : null}
    </div>
  );
}
