import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DatabaseIcon } from '@/components/ui/icons';
import { useTestConnection } from '../api/test-connection';
import { ConnectButton, type ConnectFlow } from './connect-button';
import { ConnectionFacts } from './connection-facts';
import { ConnectionWarnings } from './connection-warnings';
import { DisconnectButton, type DisconnectResult } from './disconnect-button';
import { ConnectAttempts } from './connect-attempts';
import { LiveConnection } from './live-connection';
import { TestConnectionResult } from './test-connection-result';
import { TokenHealth } from './token-health';
import { useConnectErrorText } from './use-connect-error-text';

interface ConnectedCardProps {
  tenantId: string;
  connection: Connection;
  flow: ConnectFlow;
  onDisconnected: (result: DisconnectResult) => void;
}

/** A connection that exists (connected, or refused by Zoho and waiting to be reconnected). */
export function ConnectedCard({ tenantId, connection, flow, onDisconnected }: ConnectedCardProps) {
  const { t } = useTranslation();
  const { t: tConnection } = useTranslation('zohoConnection');
  const test = useTestConnection(tenantId);
  const chosenDc = connection.config?.dataCenter.dc;
  const { explainAny } = useConnectErrorText(chosenDc);
  const needsReconnect = connection.status === 'needs_reconnect';
  // A Self Client cannot sign in through the browser: Reconnect would start a flow Zoho must refuse.
  const selfClient = connection.config?.selfClient === true;
  const lastError = connection.token?.lastError;
  const reason = lastError
    ? (explainAny(lastError.code)?.title ?? t('connection.token.errorCode', { code: lastError.code }))
    : null;

  return (
    <Card
      title={connection.org?.name ?? t('connection.cardTitle')}
      titleId="zoho-connection-card"
      icon={<DatabaseIcon />}
      aside={
        <>
          <span className="sr-only">{t('common.status')}: </span>
          <Badge tone={needsReconnect ? 'warning' : 'success'}>{t(`status.${connection.status}`)}</Badge>
        </>
      }
    >
      {needsReconnect ? (
        <div className="callout callout--warning">
          <p>
            <strong>{t('connection.needsReconnect.title')}</strong>
          </p>
          <p>
            {reason
              ? t('connection.needsReconnect.reason', { reason })
              : t('connection.needsReconnect.noReason')}
          </p>
          <p>{t('connection.needsReconnect.action')}</p>
        </div>
      ) : null}
      <ConnectionWarnings connection={connection} />
      <ConnectionFacts connection={connection} />
      <LiveConnection connection={connection} />
      <TokenHealth connection={connection} />
      <ConnectAttempts connection={connection} />
      {selfClient ? <p className="note">{tConnection('selfClient.reconnectHint')}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={test.isPending || undefined}
          onClick={() => {
            if (!test.isPending) test.mutate();
          }}
        >
          {test.isPending ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
          {test.isPending ? t('connection.test.pending') : t('connection.test.button')}
        </button>
        {selfClient ? null : (
          <ConnectButton flow={flow} label={t('connection.reconnect')} primary={needsReconnect} />
        )}
        <DisconnectButton tenantId={tenantId} onDisconnected={onDisconnected} />
      </div>
      <div role="status" className="test-result">
        {test.isPending ? null : (
          <TestConnectionResult result={test.data} error={test.error} chosenDc={chosenDc} />
        )}
      </div>
    </Card>
  );
}
