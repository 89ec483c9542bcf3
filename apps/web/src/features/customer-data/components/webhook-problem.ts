import type { WebhookProblemView } from '@cxc/shared/api/customer-webhook';
import type { TFunction } from 'i18next';

/** A failed attempt in the admin's words: the BFF sends the problem as data, never as English text. */
export function webhookProblemText(t: TFunction<'customerData'>, problem: WebhookProblemView | null): string {
  if (!problem) return t('webhook.problem.networkUnknown');
  switch (problem.kind) {
    case 'http':
      return t('webhook.problem.http', { status: problem.status });
    case 'timeout':
      return t('webhook.problem.timeout');
    case 'private_host':
      return t('webhook.problem.private_host');
    case 'network':
      return problem.code
        ? t('webhook.problem.network', { code: problem.code })
        : t('webhook.problem.networkUnknown');
  }
}
