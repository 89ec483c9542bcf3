import { useTranslation } from 'react-i18next';
import { zohoConnectErrorCodeSchema } from '@cxc/shared/api/zoho-connection';
import { useDataCenterName } from '@/lib/data-center-label';
import { useFormatters } from '@/lib/use-formatters';
import type { ZohoConnectErrorCode } from '../schemas/connect-outcome';

export interface ConnectErrorText {
  title: string;
  action: string;
}

/**
 * Zoho's failures in plain words, each with what to do. For invalid_client the data center that
 * matters is the admin's own (Zoho's `location`): the client must be enabled there ("Multi DC").
 */
export function useConnectErrorText(chosenDc: string | undefined) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { dcName } = useDataCenterName();
  const explain = (code: ZohoConnectErrorCode, params: Record<string, string> = {}): ConnectErrorText => {
    const dc =
      code === 'invalid_client'
        ? (params.location ?? params.dataCenter ?? chosenDc)
        : (params.dataCenter ?? params.location ?? chosenDc);
    const values = {
      dataCenter: dc ? dcName(dc) : t('connectErrors.yourDataCenter'),
      retryAt: params.retryAt ? format.dateTime(params.retryAt) : '',
    };
    // Zoho's sign-in cap: the BFF computes when its window lets the next sign-in through.
    const action =
      code === 'token_rate_limited' && !values.retryAt
        ? t('connectErrors.token_rate_limited.actionWithoutTime')
        : t(`connectErrors.${code}.action`, values);
    return { title: t(`connectErrors.${code}.title`, values), action };
  };
  /** For codes that arrive as plain strings (a test result, the token's last error, an API issue). */
  const explainAny = (code: string, params?: Record<string, string>): ConnectErrorText | undefined => {
    const known = zohoConnectErrorCodeSchema.safeParse(code);
    return known.success ? explain(known.data, params) : undefined;
  };
  return { explain, explainAny };
}
