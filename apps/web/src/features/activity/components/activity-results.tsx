import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from '@/lib/router';
import type { ActivityQuery } from '@cxc/shared/api/activity';
import { EmptyState } from '@/components/ui/empty-state';
import { HubIcon } from '@/components/ui/icons';
import { MOVING_STATUSES, useActivity } from '../api/list-activity';
import { FILTER_KEYS, withPage } from '../schemas/activity-search';
import { ActivityTable } from './activity-table';

interface ActivityResultsProps {
  tenantId: string;
  query: ActivityQuery;
  onAnnounce: (message: string) => void;
}

/** One page of events, the count announced politely whenever filters, page or statuses change it. */
export function ActivityResults({ tenantId, query, onAnnounce }: ActivityResultsProps) {
  const { t } = useTranslation('activity');
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const { data } = useActivity(tenantId, query);
  const pages = Math.max(1, Math.ceil(data.total / query.perPage));
  const moving = data.events.some((event) => MOVING_STATUSES.has(event.status));
  const filtered = FILTER_KEYS.some((key) => query[key] !== undefined);
  const hrefFor = (page: number) => {
    const next = withPage(search, page).toString();
    return `${pathname}${next ? `?${next}` : ''}`;
  };

  if (data.total === 0 && !filtered) {
    return (
      <EmptyState icon={<HubIcon />} title={t('list.emptyTitle')} headingLevel={3}>
        <p>{t('list.emptyDescription')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-card">
      <p className="table-card__meta" role="status">
        {data.total === 0 ? t('list.noMatch') : t('list.total', { count: data.total })}
      </p>
      {moving ? <p className="muted">{t('list.refreshing')}</p> : null}
      {data.events.length === 0 && data.total > 0 ? (
        <p className="table-card__empty">
          <Link to={hrefFor(1)}>{t('list.pageEmpty')}</Link>
        </p>
      ) : null}
      {data.events.length > 0 ? (
        <ActivityTable
          tenantId={tenantId}
          events={data.events}
          caption={t('list.caption', { page: query.page, pages })}
          onAnnounce={onAnnounce}
        />
      ) : null}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('list.pagination')}>
          {query.page > 1 ? (
            <Link to={hrefFor(query.page - 1)} className="button button--secondary button--small">
              {t('list.previous')}
            </Link>
          ) : null}
          <span className="pagination__status">{t('list.pageOf', { page: query.page, pages })}</span>
          {query.page < pages ? (
            <Link to={hrefFor(query.page + 1)} className="button button--secondary button--small">
              {t('list.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
