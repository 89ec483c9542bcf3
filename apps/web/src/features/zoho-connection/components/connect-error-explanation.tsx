import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { CopyField } from '@/components/ui/copy-field';
import type { ZohoConnectErrorCode } from '../schemas/connect-outcome';
import { OtherDataCenterNote } from './other-data-center-note';
import { useConnectErrorText } from './use-connect-error-text';

interface ConnectErrorExplanationProps {
  code: ZohoConnectErrorCode;
  params: Record<string, string>;
  connection: Connection;
}

/** One Zoho failure: what happened and what to do; for a redirect mismatch, the URL to register. */
export function ConnectErrorExplanation({ code, params, connection }: ConnectErrorExplanationProps) {
  const { t } = useTranslation();
  const chosenDc = connection.config?.dataCenter.dc;
  const { explain } = useConnectErrorText(chosenDc);
  const text = explain(code, params);
  return (
    <div className="explanation">
      <p className="explanation__title">{text.title}</p>
      <p>{text.action}</p>
      {code === 'invalid_redirect_uri' ? (
        <CopyField label={t('connection.redirectUrl')} value={params.redirectUrl ?? connection.redirectUrl} />
      ) : null}
      {params.location && chosenDc ? (
        <OtherDataCenterNote actual={params.location} chosen={chosenDc} />
      ) : null}
    </div>
  );
}
