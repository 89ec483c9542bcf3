import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRET_OVERLAP_HOURS } from '@cxc/shared/api/events';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useFormatters } from '@/lib/use-formatters';
import { useSigningSecret } from '../api/get-signing-secret';
import { useRotateSigningSecret } from '../api/rotate-signing-secret';
import { NewSecret } from './new-secret';

/**
 * The signing secret's status, and Create/Rotate. The new secret lives only in this component's
 * state: it is gone when the admin dismisses it or leaves the page.
 */
export function SigningSecretPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('activity');
  const format = useFormatters();
  const { t: tCommon } = useTranslation();
  const { data: status } = useSigningSecret(tenantId);
  const rotate = useRotateSigningSecret(tenantId);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);

  const run = () => {
    void rotate.mutateAsync().then(
      (result) => {
        setConfirming(false);
        setSecret(result.secret);
        rotate.reset();
      },
      () => undefined, // shown from the mutation's state
    );
  };
  const error = rotate.isError ? (
    <p className="callout callout--danger" role="alert">
      {t('secret.failed')} {tCommon(errorMessageKey(rotate.error))}
    </p>
  ) : null;

  return (
    <div className="subsection stack">
      <h3 className="subsection__title">{t('secret.title')}</h3>
      {status.configured ? (
        <dl className="facts facts--compact">
          <dt>{tCommon('common.status')}</dt>
          <dd>{t('secret.configured')}</dd>
          {status.createdAt ? (
            <>
              <dt>{t('secret.createdAt')}</dt>
              <dd>
                <time dateTime={status.createdAt}>{format.dateTime(status.createdAt)}</time>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t('secret.none')}</p>
      )}
      {status.previousValidUntil ? (
        <p className="callout callout--info">
          {t('secret.overlapUntil', { when: format.dateTime(status.previousValidUntil) })}
        </p>
      ) : null}
      {secret ? <NewSecret secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <div className="actions">
        <button
          ref={triggerRef}
          type="button"
          className="button button--secondary"
          aria-haspopup={status.configured ? 'dialog' : undefined}
          aria-disabled={rotate.isPending || undefined}
          onClick={() => {
            if (rotate.isPending) return;
            setSecret(null);
            if (status.configured) setConfirming(true);
            else run();
          }}
        >
          {rotate.isPending && !confirming
            ? t('secret.pending')
            : status.configured
              ? t('secret.rotate')
              : t('secret.create')}
        </button>
      </div>
      {!confirming ? error : null}
      {confirming ? (
        <ConfirmDialog
          title={t('secret.rotateTitle')}
          confirmLabel={t('secret.rotateConfirm')}
          pendingLabel={t('secret.pending')}
          pending={rotate.isPending}
          returnFocusTo={triggerRef}
          onCancel={() => {
            setConfirming(false);
            rotate.reset();
          }}
          onConfirm={run}
        >
          <p>{t('secret.rotateBody', { hours: SECRET_OVERLAP_HOURS })}</p>
          {error}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
