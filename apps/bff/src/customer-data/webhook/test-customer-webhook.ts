import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { sendSignedWebhook, type WebhookProblem } from '../../services/webhooks/send-signed-webhook.ts';
import { readCustomerWebhookTarget } from './customer-webhook-store.ts';

/**
 * "Send test": one signed `customers.test` POST now, outside the outbox (nothing is retried, the last
 * delivery status is left alone), with the receiver's answer returned for the console to put in words.
 * Sent even while the webhook is switched off, so the admin can check the receiver before switching on.
 */
export async function testCustomerWebhook(
  deps: Pick<AppDeps, 'pool' | 'secretBox' | 'config'>,
  tenantId: string,
): Promise<{ delivered: boolean; status: number | null; problem: WebhookProblem | null }> {
  const target = await readCustomerWebhookTarget(deps.pool, deps.secretBox, tenantId);
  if (!target) throw new AppError('NOT_FOUND', 'No customer webhook is set up.');
  const body = JSON.stringify({ type: 'customers.test', tenantId, time: new Date().toISOString() });
  const outcome = await sendSignedWebhook(
    { url: target.url, secret: target.secret, body, deliveryId: crypto.randomUUID(), userAgent: USER_AGENT },
    { allowPrivateHosts: deps.config.attachments.allowPrivateHosts },
  );
  if (outcome.delivered) return { delivered: true, status: outcome.status, problem: null };
  const status = outcome.problem.kind === 'http' ? outcome.problem.status : null;
  return { delivered: false, status, problem: outcome.problem };
}

export const USER_AGENT = 'cx-connector-zoho/customers';
