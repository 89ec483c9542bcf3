import type { CustomerWebhook } from '@cxc/shared/api/customer-webhook';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/use-formatters';
import { webhookProblemText } from './webhook-problem';

/** Where the webhook stands: set up when, switched on or off, the last attempt and what waits. */
export function WebhookDeliveryStatus({ webhook }: { webhook: CustomerWebhook }) {
  const { t } = useTranslation('customerData');
  const format = useFormatters();
  if (!webhook.configured || !webhook.createdAt || !webhook.secretRotatedAt)
    return <p>{t('webhook.none')}</p>;
  const { last, pending } = webhook;
  return (
    <div className="stack">
      <p>
        {t('webhook.configured', {
          when: format.dateTime(webhook.createdAt),
          rotated: format.dateTime(webhook.secretRotatedAt),
        })}
      </p>
      {webhook.enabled ? null : <p>{t('webhook.off')}</p>}
      <p className={last && last.status !== 'delivered' ? 'callout callout--danger' : undefined}>
        {last
          ? t(`webhook.last.${last.status}`, {
              when: format.dateTime(last.at),
              problem: webhookProblemText(t, last.problem),
            })
          : t('webhook.last.none')}
      </p>
      {pending ? (
        <p>
          {t('webhook.pending', {
            changed: pending.changed,
            deleted: pending.deleted,
            when: format.dateTime(pending.nextAttemptAt),
          })}
        </p>
      ) : null}
    </div>
  );
}
