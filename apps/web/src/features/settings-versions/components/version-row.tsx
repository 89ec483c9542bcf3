import { useState } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { errorMessageKey } from '@/components/errors/error-message';
import { useFormatters } from '@/lib/use-formatters';
import { useRestoreSettingsVersion } from '../api/restore-settings-version';
import { useEditor } from '@/lib/settings/editor-context';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { VersionDiff } from './version-diff';

interface VersionRowProps {
  version: SettingsVersionSummary;
  current: boolean;
  onRestored: (settings: IntegrationSettings, version: SettingsVersionSummary) => void;
}

/** One version: number, who and when, its changes on demand, and Restore behind a confirmation. */
export function VersionRow({ version, current, onRestored }: VersionRowProps) {
  const { t } = useTranslation(['settingsVersions', 'settings']);
  const format = useFormatters();
  const tApp = useTranslation().t;
  const { tenantId, announce } = useEditor();
  const { isDirty } = useFormState();
  const restore = useRestoreSettingsVersion(tenantId);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const diffId = `version-${version.number}-changes`;

  const confirm = () =>
    restore.mutate(version.number, {
      onSuccess: (restored) => {
        setConfirming(false);
        onRestored(restored.settings, restored.version);
        announce(t('history.restored', { number: version.number, saved: restored.version.number }));
      },
    });

  return (
    <li className="version">
      <div className="version__head">
        <p className="version__title">
          {t('history.version', { number: version.number })}
          {current ? <span className="badge badge--success">{t('history.current')}</span> : null}
        </p>
        <p className="version__meta">
          {t('history.savedBy', {
            name: version.savedBy.name,
            email: version.savedBy.email,
            date: format.dateTime(version.savedAt),
          })}
          {version.restoredFrom ? ` ${t('history.restoredFrom', { number: version.restoredFrom })}` : ''}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open}
            aria-controls={open ? diffId : undefined}
            onClick={() => setOpen(!open)}
          >
            {t('history.showChanges', { number: version.number })}
          </button>
          {current ? null : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              {t('history.restore', { number: version.number })}
            </button>
          )}
        </div>
      </div>
      {restore.isError ? (
        <p className="settings-error">
          {t('history.restoreFailed', { reason: tApp(errorMessageKey(restore.error)) })}
        </p>
      ) : null}
      {open ? <VersionDiff id={diffId} number={version.number} /> : null}
      {confirming ? (
        <ConfirmDialog
          tone="primary"
          title={t('history.confirmTitle', { number: version.number })}
          confirmLabel={t('history.confirm')}
          cancelLabel={t('settings:common.cancel')}
          pending={restore.isPending}
          pendingLabel={t('history.restoring')}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('history.confirmBody', { number: version.number })}</p>
          {isDirty ? <p className="settings-warning">{t('history.confirmDirty')}</p> : null}
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
