import { useTranslation } from 'react-i18next';
import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { ErrorState } from '@/components/errors/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useSettingsVersions, VERSIONS_PER_PAGE } from '../api/list-settings-versions';
import { useEditor } from '@/lib/settings/editor-context';
import { VersionRow } from './version-row';

interface VersionHistoryProps {
  page: number;
  onPage: (page: number) => void;
  currentVersion: SettingsVersionSummary | null;
  onRestored: (settings: IntegrationSettings, version: SettingsVersionSummary) => void;
}

/** Every saved version, newest first, with who saved it and when; each opens its changes or is restored. */
export function VersionHistory({ page, onPage, currentVersion, onRestored }: VersionHistoryProps) {
  const { t } = useTranslation('settingsVersions');
  const { tenantId } = useEditor();
  const query = useSettingsVersions(tenantId, page);
  if (query.isPending) return <LoadingState label={t('history.loading')} />;
  if (query.isError)
    return (
      <ErrorState
        error={query.error}
        title={t('history.failed')}
        headingLevel={3}
        onRetry={() => void query.refetch()}
      />
    );
  const { versions, total } = query.data;
  const pages = Math.max(1, Math.ceil(total / VERSIONS_PER_PAGE));
  if (total === 0) return <p>{t('history.empty')}</p>;
  return (
    <div className="settings-stack">
      <p className="muted">{t('history.intro')}</p>
      <ol className="version-list">
        {versions.map((version) => (
          <VersionRow
            key={version.number}
            version={version}
            current={version.number === currentVersion?.number}
            onRestored={onRestored}
          />
        ))}
      </ol>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('history.pages')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            {t('history.previous')}
          </button>
          <span>{t('history.page', { page: Math.min(page, pages), pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => onPage(page + 1)}
          >
            {t('history.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
