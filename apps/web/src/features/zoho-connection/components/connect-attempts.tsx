import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { useDataCenterName } from '@/lib/data-center-label';
import { useFormatters } from '@/lib/use-formatters';
import { useConnectErrorText } from './use-connect-error-text';

/**
 * The last finished attempts, newest first, each failure as what it was (the data center that refused
 * the client, a consent that was denied, a code that expired …), so a failed try is never mistaken for
 * the state of the live connection.
 */
export function ConnectAttempts({ connection }: { connection: Connection }) {
  const { t } = useTranslation('zohoConnection');
  const format = useFormatters();
  const { optionLabel } = useDataCenterName();
  const { explain } = useConnectErrorText(connection.config?.dataCenter.dc);
  if (connection.attempts.length === 0) return null;
  return (
    <section className="subsection" aria-labelledby="zoho-connect-attempts">
      <h4 id="zoho-connect-attempts" className="subsection__title">
        {t('attempts.heading')}
      </h4>
      <ul className="attempt-list">
        {connection.attempts.map((attempt) => {
          const reason = attempt.error ? explain(attempt.error.code, attempt.error.params) : null;
          return (
            <li key={`${attempt.at}-${attempt.clientKind}`}>
              <time dateTime={attempt.at}>{format.dateTime(attempt.at)}</time>
              {' · '}
              <strong>
                {reason ? t('attempts.failed', { reason: reason.title }) : t('attempts.connected')}
              </strong>
              <br />
              <span className="muted">
                {t('attempts.caption', {
                  kind: t(`live.kind.${attempt.clientKind}`),
                  dataCenter: attempt.dataCenter
                    ? optionLabel(attempt.dataCenter)
                    : t('attempts.unknownDataCenter'),
                })}
              </span>
              {reason ? <p className="attempt-list__action">{reason.action}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
