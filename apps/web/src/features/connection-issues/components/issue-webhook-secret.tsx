import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/ui/copy-field';

/** The one time the webhook secret is on screen; focus moves here so the warning is heard first. */
export function IssueWebhookSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="secret-once"
      role="region"
      aria-label={t('issues.webhook.newSecret')}
      aria-describedby="issue-webhook-secret-warning"
    >
      <p id="issue-webhook-secret-warning" className="explanation__title">
        {t('issues.webhook.onceWarning')}
      </p>
      <CopyField label={t('issues.webhook.newSecret')} value={secret} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('issues.webhook.dismiss')}
        </button>
      </div>
    </div>
  );
}
