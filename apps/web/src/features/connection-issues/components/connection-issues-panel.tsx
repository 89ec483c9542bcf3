import { useTranslation } from 'react-i18next';
import { useConnectionIssues } from '../api/list-connection-issues';
import { IssueItem } from './issue-item';

/** The tenant's open connection issues, then the recently resolved ones (the server opens and closes them). */
export function ConnectionIssuesPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { data } = useConnectionIssues(tenantId);
  return (
    <div className="stack" data-testid="connection-issues">
      <p className="section__description">{t('issues.description')}</p>
      {data.open.length === 0 ? (
        <p className="callout callout--info" role="status">
          {t('issues.none')}
        </p>
      ) : (
        <ul className="stack" aria-label={t('zohoCrm.issuesHeading')}>
          {data.open.map((issue) => (
            <IssueItem key={issue.id} issue={issue} />
          ))}
        </ul>
      )}
      {data.recentlyClosed.length > 0 ? (
        <div className="subsection stack">
          <h3 className="subsection__title">{t('issues.recentlyClosed')}</h3>
          <ul className="stack">
            {data.recentlyClosed.map((issue) => (
              <IssueItem key={issue.id} issue={issue} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
