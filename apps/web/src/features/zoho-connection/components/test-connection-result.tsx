import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { useDataCenterName } from '@/lib/data-center-label';
import { formatNumber } from '@/lib/format';
import type { ConnectionTestResult } from '../api/test-connection';
import { useConnectErrorText } from './use-connect-error-text';

interface TestConnectionResultProps {
  result: ConnectionTestResult | undefined;
  /** Our own API failed (not Zoho): shown like any other API error. */
  error: unknown;
  chosenDc: string | undefined;
}

/** What the last test read from Zoho (round trip, org, user), or why it failed, in plain words. */
export function TestConnectionResult({ result, error, chosenDc }: TestConnectionResultProps) {
  const { t, i18n } = useTranslation();
  const { dcName } = useDataCenterName();
  const { explainAny } = useConnectErrorText(chosenDc);
  if (error) return <p className="callout callout--danger">{t(errorMessageKey(error))}</p>;
  if (!result) return null;
  const ms = formatNumber(Math.round(result.roundTripMs), i18n.language);
  if (result.ok) {
    return (
      <div className="callout callout--success">
        <p>{t('connection.test.ok', { ms })}</p>
        {result.org ? (
          <p>
            {t('connection.test.org', {
              name: result.org.name,
              id: result.org.id,
              dataCenter: dcName(result.org.dc),
            })}
          </p>
        ) : null}
        {result.zohoUser ? (
          <p>{t('connection.test.user', { name: result.zohoUser.name, email: result.zohoUser.email })}</p>
        ) : null}
      </div>
    );
  }
  const code = result.error?.code ?? 'unknown';
  const text = explainAny(code);
  return (
    <div className="callout callout--danger">
      <p>{t('connection.test.failed', { ms })}</p>
      <p>{text ? `${text.title} ${text.action}` : t('connection.test.zohoCode', { code })}</p>
    </div>
  );
}
