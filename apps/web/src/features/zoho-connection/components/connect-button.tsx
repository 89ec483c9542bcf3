import { useTranslation } from 'react-i18next';
import type { useZohoConnect } from './use-zoho-connect';

export type ConnectFlow = ReturnType<typeof useZohoConnect>;

/**
 * Starts (or restarts) the consent flow. While Zoho's window is open the console says so and can bring
 * that window to the front; the button itself stays, a second click focuses the open popup.
 */
export function ConnectButton({
  flow,
  label,
  primary = true,
}: {
  flow: ConnectFlow;
  label: string;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
        aria-disabled={flow.starting || undefined}
        onClick={flow.connect}
      >
        {flow.starting ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
        {label}
      </button>
      <span className="inline-status" role="status">
        {flow.waiting ? (
          <>
            {t('connection.waiting')}{' '}
            <button type="button" className="link-button" onClick={flow.showPopup}>
              {t('connection.showPopup')}
            </button>
          </>
        ) : null}
      </span>
    </>
  );
}
