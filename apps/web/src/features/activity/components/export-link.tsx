import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_EXPORT_LIMIT, ACTIVITY_EXPORT_PATH, type ActivityQuery } from '@cxc/shared/api/activity';
import { buildPath } from '@cxc/shared/api/contract';
import { formatNumber } from '@/lib/format';
import { filterParams } from '../schemas/activity-search';

/** The export href: the current filters without paging. */
export function exportHref(tenantId: string, query: ActivityQuery): string {
  const search = filterParams(query).toString();
  const path = buildPath(ACTIVITY_EXPORT_PATH, { tenantId });
  return search ? `${path}?${search}` : path;
}

/**
 * A plain link, not a fetch: the browser streams the CSV to disk with the session cookie, and a
 * large export never sits in the page's memory.
 */
export function ExportLink({ tenantId, query }: { tenantId: string; query: ActivityQuery }) {
  const { t, i18n } = useTranslation('activity');
  const hintId = useId();
  return (
    <>
      <a
        className="button button--secondary"
        href={exportHref(tenantId, query)}
        download
        aria-describedby={hintId}
      >
        {t('list.export')}
      </a>
      <span id={hintId} className="sr-only">
        {t('list.exportHint', { limit: formatNumber(ACTIVITY_EXPORT_LIMIT, i18n.language) })}
      </span>
    </>
  );
}
