import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/ui/copy-field';

/** The one time the secret is on screen; "I have stored it" (or leaving the page) removes it for good. */
export function NewSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const { t } = useTranslation('activity');
  return (
    <div className="secret-once" role="region" aria-label={t('secret.newSecret')}>
      <p className="explanation__title">{t('secret.onceWarning')}</p>
      <CopyField label={t('secret.newSecret')} value={secret} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('secret.dismiss')}
        </button>
      </div>
    </div>
  );
}
