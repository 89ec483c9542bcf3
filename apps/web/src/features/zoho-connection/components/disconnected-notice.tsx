import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisconnectResult } from './disconnect-button';

/**
 * After a disconnect the card (and the button that was used) is gone: focus comes here, and the notice
 * says what happened at Zoho and that the settings are still there.
 */
export function DisconnectedNotice({
  result,
  onDismiss,
}: {
  result: DisconnectResult;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="notice notice--neutral" role="status" tabIndex={-1}>
      <div className="notice__content">
        <p className="notice__title">{t('connection.disconnect.done')}</p>
        <p>
          {result.revokedAtZoho
            ? t('connection.disconnect.doneRevoked')
            : t('connection.disconnect.doneNotRevoked')}
        </p>
      </div>
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
