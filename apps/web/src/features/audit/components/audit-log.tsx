import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';
import { HubIcon } from '@/components/ui/icons';
import { useFormatters } from '@/lib/use-formatters';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/list-audit';
import { parseAuditPage } from '../schemas/audit-search';
import { AuditDetails } from './audit-details';
import { TableRegion } from '@/components/ui/table-region';

/** Who changed what and when, newest first, a page at a time; the page lives in the URL (`?page=`). */
export function AuditLog({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const page = parseAuditPage(search);
  const { data } = useAudit(tenantId, page);
  const pages = Math.max(1, Math.ceil(data.total / AUDIT_PAGE_SIZE));

  const hrefFor = (target: number) => {
    const next = new URLSearchParams(search);
    if (target === 1) next.delete('page');
    else next.set('page', String(target));
    const query = next.toString();
    return `${pathname}${query ? `?${query}` : ''}`;
  };

  if (data.total === 0) {
    return (
      <EmptyState icon={<HubIcon />} title={t('audit.emptyTitle')} headingLevel={3}>
        <p>{t('audit.emptyDescription')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-card">
      <p id="audit-total" className="table-card__meta">
        {t('audit.total', { count: data.total })}
      </p>
      {data.entries.length === 0 ? (
        <p className="table-card__empty">{t('audit.pageEmpty')}</p>
      ) : (
        <TableRegion label={t('audit.caption', { page, pages })}>
          <table className="data-table" aria-describedby="audit-total">
            <caption className="sr-only">{t('audit.caption', { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.columnWhen')}</th>
                <th scope="col">{t('audit.columnWho')}</th>
                <th scope="col">{t('audit.columnWhat')}</th>
                <th scope="col">{t('audit.columnDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                  </td>
                  <td>
                    {entry.actor.name}
                    <br />
                    <span className="muted">{entry.actor.email}</span>
                  </td>
                  <th scope="row">{t(`audit.actions.${entry.action}`)}</th>
                  <td>
                    <AuditDetails details={entry.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <nav className="pagination" aria-label={t('audit.pagination')}>
        {page > 1 ? (
          <Link to={hrefFor(page - 1)} className="button button--secondary button--small">
            {t('audit.previous')}
          </Link>
        ) : null}
        <span className="pagination__status">{t('audit.pageOf', { page, pages })}</span>
        {page < pages ? (
          <Link to={hrefFor(page + 1)} className="button button--secondary button--small">
            {t('audit.next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
