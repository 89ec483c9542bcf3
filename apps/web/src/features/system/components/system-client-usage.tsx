import { useTranslation } from 'react-i18next';
import type { SystemClient } from '@cxc/shared/api/system';
import { useDataCenterName } from '@/lib/data-center-label';
import { useFormatters } from '@/lib/use-formatters';

/**
 * Whether tenants ever completed a connection with this data center's client (a made-up or mistyped
 * client never does), and the last failure in words. Counts only the client id saved now.
 */
export function SystemClientUsage({ client }: { client: SystemClient }) {
  const { t } = useTranslation('zohoConnection');
  const { t: tShell } = useTranslation();
  const format = useFormatters();
  const { dcName } = useDataCenterName();
  const { usage } = client;
  const id = `system-client-${client.dataCenter.id}-usage`;
  const failure = usage.lastFailure;
  const reason = failure
    ? tShell(`connectErrors.${failure.code}.title`, {
        dataCenter: dcName(failure.params.location ?? client.dataCenter.dc),
        retryAt: failure.params.retryAt ? format.dateTime(failure.params.retryAt) : '',
      })
    : '';
  return (
    <div className="system-client__usage" role="group" aria-labelledby={id}>
      <p id={id} className="field__label">
        {t('systemUsage.label')}
      </p>
      {!client.clientId ? (
        <p className="muted">{t('systemUsage.noClient')}</p>
      ) : (
        <ul className="attempt-list">
          {usage.lastConnectedAt ? (
            <li>{t('systemUsage.lastConnected', { at: format.dateTime(usage.lastConnectedAt) })}</li>
          ) : (
            <li>
              <strong>{t('systemUsage.neverUsed')}</strong>
            </li>
          )}
          {usage.lastFailedAt ? (
            <li>{t('systemUsage.lastFailed', { at: format.dateTime(usage.lastFailedAt), reason })}</li>
          ) : null}
        </ul>
      )}
    </div>
  );
}
