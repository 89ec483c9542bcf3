import { useTranslation } from 'react-i18next';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { useEditor } from '../lib/editor-context';
import type { ModuleFields } from '../lib/use-module-fields';
import { useLabels } from '../lib/use-labels';

/**
 * Why a module's Zoho fields are not listed: still loading, Zoho's own reason for a failure, or the
 * whole metadata request failing. Never "no fields": elsewhere an empty list hid what was an auth or
 * data-center error.
 */
export function ModuleFieldsStatus({ module, state }: { module: ZohoModule; state: ModuleFields }) {
  const { t } = useTranslation('settings');
  const labels = useLabels();
  const { metadata } = useEditor();
  const name = labels.module(module);
  if (state.fields) return null;
  if (state.loading) return <p className="muted">{t('metadata.moduleLoading', { module: name })}</p>;
  if (state.failure) {
    return (
      <p className="callout callout--warning">
        {t('metadata.moduleFailed', { module: name, reason: state.failure.message })}{' '}
        {t('metadata.typeApiNames')}
      </p>
    );
  }
  if (metadata.error) return <p className="muted">{t('metadata.typeApiNames')}</p>;
  return (
    <p className="callout callout--warning">
      {t('metadata.moduleMissing', { module: name })} {t('metadata.typeApiNames')}
    </p>
  );
}
