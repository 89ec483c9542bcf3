import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { useLabels } from '@/lib/settings/use-labels';

type Evaluation = DryRunPlan['evaluations'][number];

/** The rules in order up to the one that matched, and why each earlier one did not. */
export function PlanEvaluations({ plan }: { plan: DryRunPlan }) {
  const { t } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  const why = (evaluation: Evaluation): string => {
    const failed = evaluation.failedCondition;
    if (!failed) return t('plan.rulePassed');
    if (failed.at === 'disabled') return t('plan.ruleDisabled');
    if (failed.at === 'trigger')
      return t('plan.ruleTrigger', {
        expected: labels.trigger(failed.expected),
        actual: labels.trigger(failed.actual),
      });
    return t('plan.ruleCondition', {
      n: failed.index + 1,
      kind: labels.conditionKind(failed.kind),
      actual: failed.actual === null ? t('settings:diff.unset') : String(failed.actual),
    });
  };
  if (plan.evaluations.length === 0 && !plan.rule) return null;
  return (
    <div className="plan__part">
      <h4 className="plan__subtitle">{t('plan.rules')}</h4>
      <p>{plan.rule ? t('plan.ruleMatched', { name: plan.rule.name }) : t('plan.noRule')}</p>
      <ol className="plan__list">
        {plan.evaluations.map((evaluation) => (
          <li key={evaluation.ruleId}>
            <strong>{evaluation.ruleName}</strong>: {why(evaluation)}
          </li>
        ))}
      </ol>
    </div>
  );
}
