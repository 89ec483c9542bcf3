import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/ui/copy-field';

/**
 * The one time the secret is on screen; "I have stored it" (or leaving the page) removes it for good.
 * Focus moves here when it appears, so a screen-reader user hears the warning before anything else.
 */
export function NewSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const { t } = useTranslation('activity');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="secret-once"
      role="region"
      aria-label={t('secret.newSecret')}
      aria-describedby="activity-secret-warning"
    >
      <p id="activity-secret-warning" className="explanation__title">
        {t('secret.onceWarning')}
      </p>
      <CopyField label={t('secret.newSecret')} value={secret} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('secret.dismiss')}
        </button>
      </div>
    </div>
  );
}
