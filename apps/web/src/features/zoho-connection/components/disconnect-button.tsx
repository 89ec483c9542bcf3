import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { disconnect } from '@cxc/shared/api/zoho-connection';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const mutation = useDisconnect(tenantId);

  const close = () => {
    setOpen(false);
    mutation.reset();
  };

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button button--danger-outline"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('connection.disconnect.button')}
      </button>
      {open ? (
        <ConfirmDialog
          title={t('connection.disconnect.title')}
          confirmLabel={t('connection.disconnect.confirm')}
          pendingLabel={t('connection.disconnect.pending')}
          pending={mutation.isPending}
          returnFocusTo={triggerRef}
          onCancel={close}
          onConfirm={() => {
            // mutateAsync, not mutate's callbacks: the new connection unmounts this card before they would run.
            void mutation.mutateAsync().then(
              (result) => {
                setOpen(false);
                onDisconnected(result);
              },
              () => undefined, // shown in the dialog from the mutation's state
            );
          }}
        >
          <p>{t('connection.disconnect.body')}</p>
          <ul>
            <li>{t('connection.disconnect.revoke')}</li>
            <li>{t('connection.disconnect.tokens')}</li>
            <li>{t('connection.disconnect.settings')}</li>
          </ul>
          {mutation.isError ? (
            <p className="callout callout--danger" role="alert">
              {t(errorMessageKey(mutation.error))}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
