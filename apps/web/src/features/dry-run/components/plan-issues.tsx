import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { DryRunPlan } from '../api/dry-run';
import { loose } from '@/lib/settings/dynamic-t';
import { useLabels } from '@/lib/settings/use-labels';

type Issue = DryRunPlan['issues'][number];

/** What the run noticed: blocking errors (e.g. a mandatory field empty), warnings and notes. */
export function PlanIssues({ issues }: { issues: readonly Issue[] }) {
  const { t, i18n } = useTranslation(['dryRun', 'settings']);
  const labels = useLabels();
  if (issues.length === 0) return null;
  const text = (issue: Issue) => {
    const key = `planIssue.${issue.code}`;
    const params = {
      ...issue.params,
      ...(typeof issue.params.channel === 'string' ? { channel: labels.channel(issue.params.channel) } : {}),
      ...(typeof issue.params.rule === 'string' ? { rule: labels.idRuleKind(issue.params.rule) } : {}),
      ...(issue.module ? { module: labels.module(issue.module) } : {}),
      ...(issue.field ? { field: issue.field } : {}),
    };
    return i18n.exists(key, { ns: 'dryRun' }) ? loose(t)(key, params) : issue.code;
  };
  return (
    <div className="plan__part">
      <h4 className="plan__subtitle">{t('plan.issues')}</h4>
      <ul className="plan__list">
        {issues.map((issue, index) => (
          <li key={index}>
            <Badge
              tone={issue.severity === 'error' ? 'danger' : issue.severity === 'warning' ? 'warning' : 'info'}
            >
              {t(`settings:severity.${issue.severity}`)}
            </Badge>{' '}
            {text(issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
