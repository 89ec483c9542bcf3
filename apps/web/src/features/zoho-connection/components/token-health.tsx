import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { useFormatters } from '@/lib/use-formatters';
import { useConnectErrorText } from './use-connect-error-text';

/**
 * The access token's life, so "it worked yesterday" has an answer: last refresh, expiry, last error
 * (connections elsewhere die after hours with no visible reason).
 */
export function TokenHealth({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { explainAny } = useConnectErrorText(connection.config?.dataCenter.dc);
  const token = connection.token;
  const when = (value: string | null | undefined) =>
    value ? <time dateTime={value}>{format.dateTime(value)}</time> : t('connection.token.never');
  const lastError = token?.lastError;
  return (
    <section className="subsection" aria-labelledby="zoho-token-health">
      <h4 id="zoho-token-health" className="subsection__title">
        {t('connection.token.heading')}
      </h4>
      <dl className="facts">
        <dt>{t('connection.token.lastRefresh')}</dt>
        <dd>{when(token?.lastRefreshAt)}</dd>
        <dt>{t('connection.token.expiresAt')}</dt>
        <dd>{when(token?.accessTokenExpiresAt)}</dd>
        <dt>{t('connection.token.lastError')}</dt>
        <dd>
          {lastError ? (
            <>
              {explainAny(lastError.code)?.title ?? t('connection.token.errorCode', { code: lastError.code })}{' '}
              <span className="muted">
                (<time dateTime={lastError.at}>{format.dateTime(lastError.at)}</time>)
              </span>
            </>
          ) : (
            t('connection.token.noError')
          )}
        </dd>
      </dl>
    </section>
  );
}
