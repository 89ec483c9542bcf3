import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { useEditor } from '../lib/editor-context';

/**
 * The org's metadata as a whole: loading, or failed (with the reason and a retry). Per-module failures
 * are shown beside the module they affect.
 */
export function MetadataStatus() {
  const { t } = useTranslation('settings');
  const tApp = useTranslation().t;
  const { metadata } = useEditor();
  if (metadata.isPending) {
    return (
      <p className="metadata-status" role="status">
        {t('metadata.loading')}
      </p>
    );
  }
  if (!metadata.error) return null;
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
