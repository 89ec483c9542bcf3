import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { DryRunPlan } from '../api/dry-run';
import { PlanEvaluations } from './plan-evaluations';
import { PlanIdentified } from './plan-identified';
import { PlanIssues } from './plan-issues';
import { PlanOperations } from './plan-operations';
import { PlanOwner } from './plan-owner';
import { PlanSearches } from './plan-searches';

const TONE: Record<DryRunPlan['status'], BadgeTone> = {
  ready: 'success',
  skipped: 'neutral',
  needs_review: 'warning',
  blocked: 'danger',
  waiting: 'neutral',
};

/** The dry run's answer: what this conversation would do in Zoho, step by step. Nothing was written. */
export function PlanView({ plan }: { plan: DryRunPlan }) {
  const { t } = useTranslation('dryRun');
  return (
    <section className="plan" aria-labelledby="plan-heading">
      <h3 id="plan-heading" className="settings-section__title">
        {t('plan.heading')}
      </h3>
      <p className="plan__status">
        <Badge tone={TONE[plan.status]}>{t(`planStatus.${plan.status}`)}</Badge>{' '}
        {plan.skipReason ? t(`planSkip.${plan.skipReason}`) : t(`planStatusHint.${plan.status}`)}
      </p>
      <p className="muted">{t('plan.nothingWritten')}</p>
      <PlanEvaluations plan={plan} />
      <PlanSearches searches={plan.searches} />
      <PlanIdentified plan={plan} />
      <PlanOwner owner={plan.owner} />
      <PlanOperations operations={plan.operations} />
      <PlanIssues issues={plan.issues} />
    </section>
  );
}
