import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { disconnect } from '@cxc/shared/api/zoho-connection';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { useDisconnect } from '../api/disconnect';

export type DisconnectResult = z.output<typeof disconnect.response>;

/** Disconnect, behind a confirmation that says exactly what happens to the tokens and the settings. */
export function DisconnectButton({
  tenantId,
  onDisconnected,
}: {
  tenantId: string;
  onDisconnected: (result: DisconnectResult) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmActionButton
      label={t('connection.disconnect.button')}
      buttonClassName="button button--danger-outline"
      title={t('connection.disconnect.title')}
      confirmLabel={t('connection.disconnect.confirm')}
      pendingLabel={t('connection.disconnect.pending')}
      mutation={useDisconnect(tenantId)}
      errorText={(error) => t(errorMessageKey(error))}
      onDone={onDisconnected}
    >
      <p>{t('connection.disconnect.body')}</p>
      <ul>
        <li>{t('connection.disconnect.revoke')}</li>
        <li>{t('connection.disconnect.tokens')}</li>
        <li>{t('connection.disconnect.settings')}</li>
      </ul>
    </ConfirmActionButton>
  );
}
