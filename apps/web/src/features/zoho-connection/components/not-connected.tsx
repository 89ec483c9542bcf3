import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { useDataCenterName } from '@/lib/data-center-label';
import { ConnectButton, type ConnectFlow } from './connect-button';

/** Before a connection exists: connect with the saved configuration, or say that one is needed first. */
export function NotConnected({ connection, flow }: { connection: Connection; flow: ConnectFlow }) {
  const { t } = useTranslation();
  const { t: tConnection } = useTranslation('zohoConnection');
  const { optionLabel } = useDataCenterName();
  const { config } = connection;
  if (!config) {
    return (
      <div className="panel">
        <p>{t('connection.notConnected')}</p>
        <p>{t('connection.configureFirst')}</p>
      </div>
    );
  }
  if (config.selfClient) {
    // A Self Client has no browser sign-in: offering "Connect" with it would only fail at Zoho.
    return (
      <div className="panel">
        <p>{t('connection.notConnected')}</p>
        <p>{tConnection('selfClient.notConnectedHint')}</p>
      </div>
    );
  }
  return (
    <div className="panel">
      <p>{t('connection.notConnected')}</p>
      <p>
        {t('connection.readyToConnect', {
          way: t(`connection.setup.way.${config.kind}`),
          dataCenter: optionLabel(config.dataCenter),
        })}
      </p>
      <p className="muted">{t('connection.consentHint')}</p>
      <div className="actions">
        <ConnectButton flow={flow} label={t('connection.connect')} />
      </div>
    </div>
  );
}
