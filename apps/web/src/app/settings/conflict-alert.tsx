import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { getSettingsQueryOptions } from './api/get-settings';
import { useEditor } from '@/lib/settings/editor-context';

interface ConflictAlertProps {
  onReloaded: (settings: IntegrationSettings, version: SettingsVersionSummary | null) => void;
  onShowHistory: () => void;
}

/**
 * Someone saved since the editor opened (409). Nothing was overwritten and the form keeps every
 * typed value; reloading the latest version is the admin's explicit choice.
 */
export function ConflictAlert({ onReloaded, onShowHistory }: ConflictAlertProps) {
  const { t } = useTranslation('settings');
  const { tenantId, announce } = useEditor();
  const client = useQueryClient();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const reload = async () => {
    setLoading(true);
    setFailed(false);
    try {
      const latest = await client.fetchQuery({ ...getSettingsQueryOptions(tenantId), staleTime: 0 });
      onReloaded(latest.settings, latest.version);
      announce(t('conflict.reloaded', { number: latest.version?.number ?? '—' }));
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="callout callout--warning conflict" role="alert">
      <p className="conflict__title">{t('conflict.title')}</p>
      <p>{t('conflict.body')}</p>
      {failed ? <p className="settings-error">{t('conflict.reloadFailed')}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={loading || undefined}
          onClick={() => (loading ? undefined : void reload())}
        >
          {loading ? t('conflict.reloading') : t('conflict.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={onShowHistory}>
          {t('conflict.showHistory')}
        </button>
      </div>
      <p className="muted">{t('conflict.reloadHint')}</p>
    </div>
  );
}
