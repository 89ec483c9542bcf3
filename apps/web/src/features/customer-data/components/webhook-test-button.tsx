import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { useTestCustomerWebhook } from '../api/customer-webhook';
import { webhookProblemText } from './webhook-problem';

/** "Send test": one signed test message now, and what the receiver did, in words (announced politely). */
export function WebhookTestButton({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const { t: tc } = useTranslation();
  const test = useTestCustomerWebhook(tenantId);
  const result = test.data;
  // A ref, not isPending: a double click's second click arrives before React has re-rendered.
  const sending = useRef(false);
  const send = () => {
    if (sending.current) return;
    sending.current = true;
    test
      .mutateAsync()
      .catch(() => undefined)
      .finally(() => (sending.current = false));
  };
  return (
    <div className="stack">
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={test.isPending || undefined}
          onClick={send}
        >
          {test.isPending ? t('webhook.testing') : t('webhook.test')}
        </button>
      </div>
      <p role="status" className={result && !result.delivered ? 'callout callout--danger' : undefined}>
        {result
          ? result.delivered
            ? t('webhook.testDelivered', { status: result.status })
            : t('webhook.testFailed', { problem: webhookProblemText(t, result.problem) })
          : test.isError
            ? tc(errorMessageKey(test.error))
            : null}
      </p>
    </div>
  );
}
