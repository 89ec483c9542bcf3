import { useTranslation } from 'react-i18next';
import type { FailedCondition, RuleEvaluation } from '@cxc/shared/domain/conditions';
import { EVENT_TYPE_KEY } from '@/lib/i18n/event-keys';

function useFailureText() {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  // Event types in words; a trigger that is not an event type (`call.missed`) stays as it is.
  const typeText = (type: string) =>
    type in EVENT_TYPE_KEY ? tEvents(`types.${EVENT_TYPE_KEY[type as keyof typeof EVENT_TYPE_KEY]}`) : type;
  return (failed: FailedCondition): string => {
    if (failed.at === 'trigger')
      return t('details.failedTrigger', {
        expected: typeText(failed.expected),
        actual: typeText(failed.actual),
      });
    if (failed.at === 'disabled') return t('details.failedDisabled');
    return t('details.failedCondition', {
      number: failed.index + 1,
      kind: t(`details.conditionKind.${failed.kind}`),
      actual: failed.actual === null ? '—' : String(failed.actual),
    });
  };
}

/** Which rule decided and why the rules before it did not: tried in order, the first that fits wins. */
export function RuleEvaluations({ evaluations }: { evaluations: RuleEvaluation[] }) {
  const { t } = useTranslation('activity');
  const failureText = useFailureText();
  const chosen = evaluations.find((evaluation) => evaluation.passed);
  const before = chosen ? evaluations.filter((evaluation) => !evaluation.passed) : [];
  return (
    <div className="subsection">
      <h4 className="subsection__title">{t('details.evaluations')}</h4>
      {chosen ? <p>{t('details.chosenBecause', { rule: chosen.ruleName })}</p> : null}
      {before.length > 0 ? <p className="muted">{t('details.notChosen')}</p> : null}
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
