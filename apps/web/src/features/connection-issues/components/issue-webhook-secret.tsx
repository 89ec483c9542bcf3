import { useTranslation } from 'react-i18next';
import { SecretOnce } from '@/components/ui/secret-once';

/** The webhook's signing secret, shown once after the webhook is saved. */
export function IssueWebhookSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <SecretOnce
      id="issue-webhook-secret"
      secret={secret}
      onDismiss={onDismiss}
      texts={{
        title: t('issues.webhook.newSecret'),
        warning: t('issues.webhook.onceWarning'),
        dismiss: t('issues.webhook.dismiss'),
      }}
    />
  );
}
