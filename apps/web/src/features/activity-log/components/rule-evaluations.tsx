import { useTranslation } from 'react-i18next';
import type { FailedCondition, RuleEvaluation } from '@cxc/shared/domain/conditions';

function useFailureText() {
  const { t } = useTranslation('activity');
  return (failed: FailedCondition): string => {
    if (failed.at === 'trigger') return t('details.failedTrigger', failed);
    if (failed.at === 'disabled') return t('details.failedDisabled');
    return t('details.failedCondition', {
      number: failed.index + 1,
      kind: failed.kind,
      actual: failed.actual === null ? '—' : String(failed.actual),
    });
  };
}

export function RuleEvaluations({ evaluations }: { evaluations: RuleEvaluation[] }) {
  const { t } = useTranslation('activity');
  const failureText = useFailureText();
  return (
    <div className="subsection">
      <h4 className="subsection__title">{t('details.evaluations')}</h4>
      {evaluations.length === 0 ? (
        <p className="muted">{t('details.noEvaluations')}</p>
      ) : (
        <ol className="activity-list">
          {evaluations.map((evaluation) => (
            <li key={evaluation.ruleId}>
              <strong>{evaluation.ruleName}</strong>
              {': '}
              {evaluation.passed ? t('details.passed') : t('details.notPassed')}
              {evaluation.failedCondition ? <> — {failureText(evaluation.failedCondition)}</> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
