import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import type { PreflightProblem } from './api/run-preflight';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useDescribePath } from '@/lib/settings/use-describe-path';
import { useIssueText } from '@/lib/settings/use-issue-text';
import { encodeIssue } from '@/lib/settings/form-issue';
import { CustomFieldGuide } from './custom-field-guide';

/** One problem: how bad, what, where (a link that opens the tab and focuses the field), and how to fix. */
export function PreflightProblemItem({ problem }: { problem: PreflightProblem }) {
  const { t } = useTranslation('settings');
  const { focusPath } = useEditor();
  const describe = useDescribePath();
  const issueText = useIssueText();
  const text = issueText(encodeIssue(problem.message.key, problem.message.params), problem.path);
  return (
    <li className={`preflight-problem preflight-problem--${problem.severity}`}>
      <Badge
        tone={problem.severity === 'error' ? 'danger' : problem.severity === 'warning' ? 'warning' : 'info'}
      >
        {t(`severity.${problem.severity}`)}
      </Badge>
      <p className="preflight-problem__text">{text}</p>
      {problem.path.length > 0 ? (
        <a
          href={`#${fieldId(problem.path)}`}
          className="preflight-problem__link"
          onClick={(event) => {
            event.preventDefault();
            focusPath(problem.path);
          }}
        >
          {t('preflightPanel.goTo', { place: describe(problem.path) })}
        </a>
      ) : null}
      {problem.createField ? <CustomFieldGuide guide={problem.createField} /> : null}
    </li>
  );
}
