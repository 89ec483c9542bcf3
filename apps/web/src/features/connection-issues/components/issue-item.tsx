import { useTranslation } from 'react-i18next';
import type { ConnectionIssue } from '@cxc/shared/api/connection-issues';
import { useErrorDetail } from '@/lib/i18n/use-error-detail';
import { useFormatters } from '@/lib/use-formatters';

/** One issue: what is wrong, since when (or when it was resolved), and what the admin can do about it. */
export function IssueItem({ issue }: { issue: ConnectionIssue }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const explain = useErrorDetail();
  const kind = `issues.kinds.${issue.kind}` as const;
  const values = {
    code: issue.code ?? '',
    count: issue.details.failures ?? 0,
    message: explain(issue.details),
    used: issue.details.used ?? 0,
    budget: issue.details.budget ?? 0,
  };
  const open = issue.closedAt === null;
  return (
    <li className={open ? 'callout callout--danger stack' : 'callout callout--info stack'}>
      <p className="explanation__title">{t(`${kind}.title`, values)}</p>
      <p>
        {open ? (
          <time dateTime={issue.openedAt}>
            {t('issues.openSince', { when: format.dateTime(issue.openedAt) })}
          </time>
        ) : (
          <time dateTime={issue.closedAt ?? undefined}>
            {t('issues.closedAt', { when: format.dateTime(issue.closedAt ?? '') })}
          </time>
        )}
      </p>
      {open ? (
        <>
          <p>{t(`${kind}.body`, values)}</p>
          <p>
            <strong>{t('issues.whatToDo')}:</strong> {t(`${kind}.action`)}
          </p>
        </>
      ) : null}
    </li>
  );
}
