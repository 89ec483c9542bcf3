import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { useFormatters } from '@/lib/use-formatters';

/** The one Save button and what is saved: the version the form stands on, or that it has changes. */
export function SaveBar({ version }: { version: SettingsVersionSummary | null }) {
  const { t } = useTranslation('settings');
  const format = useFormatters();
  const { isDirty, isSubmitting } = useFormState();
  const status = isDirty
    ? t('editor.unsaved')
    : version
      ? t('editor.versionInfo', {
          number: version.number,
          date: format.dateTime(version.savedAt),
          name: version.savedBy.name,
        })
      : t('editor.neverSaved');
  return (
    <div className="save-bar">
      <p className="save-bar__status">{status}</p>
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={isSubmitting || undefined}
        onClick={(event) => {
          if (isSubmitting) event.preventDefault();
        }}
      >
        {isSubmitting ? t('editor.saving') : t('editor.save')}
      </button>
    </div>
  );
}
