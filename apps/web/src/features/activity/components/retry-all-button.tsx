import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
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
  return (
    <ConfirmActionButton
      label={t('retry.all')}
      buttonClassName="button button--secondary"
      tone="primary"
      title={t('retry.allTitle')}
      confirmLabel={t('retry.allConfirm')}
      pendingLabel={t('retry.allPending')}
      mutation={useRetryFailedActivity(tenantId)}
      errorText={(error) => `${t('retry.failed')} ${tCommon(errorMessageKey(error))}`}
      onDone={({ retried }) => onDone(t('retry.allDone', { count: retried }))}
    >
      <p>{t('retry.allBody')}</p>
    </ConfirmActionButton>
  );
}
