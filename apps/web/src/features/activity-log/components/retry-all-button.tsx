import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useRetryFailedActivity } from '../api/retry-failed-activity';

/** Queues every failed event again, behind a confirmation that says written records stay as they are. */
export function RetryAllButton({
  tenantId,
  onDone,
}: {
  tenantId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('activity');
  const { t: tCommon } = useTranslation();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const mutation = useRetryFailedActivity(tenantId);
  const close = () => {
    setOpen(false);
    mutation.reset();
  };
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button button--secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('retry.all')}
      </button>
      {open ? (
        <ConfirmDialog
          tone="primary"
          title={t('retry.allTitle')}
          confirmLabel={t('retry.allConfirm')}
          pendingLabel={t('retry.allPending')}
          pending={mutation.isPending}
          returnFocusTo={triggerRef}
          onCancel={close}
          onConfirm={() => {
            void mutation.mutateAsync().then(
              ({ retried }) => {
                close();
                onDone(t('retry.allDone', { count: retried }));
              },
              () => undefined, // shown in the dialog from the mutation's state
            );
          }}
        >
          <p>{t('retry.allBody')}</p>
          {mutation.isError ? (
            <p className="callout callout--danger" role="alert">
              {t('retry.failed')} {tCommon(errorMessageKey(mutation.error))}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
