import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import { errorMessageKey } from '@/components/errors/error-message';
import { paths } from '@/config/paths';
import { isApiClientError } from '@/lib/api-error';
import { useFormatters } from '@/lib/use-formatters';
import { useReloadZohoMetadata } from '@/lib/settings/get-zoho-metadata';
import { useEditor } from '@/lib/settings/editor-context';

/**
 * The org's metadata as a whole: loading, failed (with the reason and a retry), or when it was read,
 * with a way to read it again after a field was created in Zoho. Per-module failures are shown beside
 * the module they affect.
 */
export function MetadataStatus() {
  const { t } = useTranslation('settings');
  const format = useFormatters();
  const tApp = useTranslation().t;
  const { metadata, tenantId, announce } = useEditor();
  const reload = useReloadZohoMetadata(tenantId);
  if (metadata.isPending) {
    return (
      <p className="metadata-status" role="status">
        {t('metadata.loading')}
      </p>
    );
  }
  if (isApiClientError(metadata.error) && metadata.error.status === 409) {
    return (
      <div className="callout callout--warning metadata-status">
        <p>{t('metadata.notConnected')}</p>
        <Link to={paths.zohoCrm.getHref()}>{t('metadata.openConnection')}</Link>
      </div>
    );
  }
  if (metadata.error) {
    return (
      <div className="callout callout--warning metadata-status">
        <p>{t('metadata.failed', { reason: tApp(errorMessageKey(metadata.error)) })}</p>
        <p>{t('metadata.failedHint')}</p>
        <button type="button" className="button button--secondary" onClick={metadata.retry}>
          {t('metadata.retry')}
        </button>
      </div>
    );
  }
  const fetchedAt = metadata.data?.fetchedAt;
  return (
    <div className="metadata-status metadata-status--loaded">
      <p className="muted">
        {fetchedAt ? t('metadata.fetchedAt', { time: format.dateTime(fetchedAt) }) : null}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-disabled={reload.isPending || undefined}
        onClick={() =>
          reload.isPending
            ? undefined
            : reload.mutate(undefined, { onSuccess: () => announce(t('metadata.reloaded')) })
        }
      >
        {reload.isPending ? t('metadata.reloading') : t('metadata.reload')}
      </button>
      {reload.isError ? (
        <p className="settings-error">
          {t('metadata.failed', { reason: tApp(errorMessageKey(reload.error)) })}
        </p>
      ) : null}
    </div>
  );
}
