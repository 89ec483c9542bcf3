import { useTranslation } from 'react-i18next';
import type { CreditEstimate } from '@cxc/shared/api/customer-data';
import { useFormatters } from '@/lib/use-formatters';

/** Credits a day against the org's daily limit (and the tenant's own budget), warned when over. */
export function CreditEstimateNote({ estimate }: { estimate: CreditEstimate }) {
  const { t } = useTranslation('customerData');
  const format = useFormatters();
  const limit = estimate.tenantBudget ?? estimate.dailyLimit;
  return (
    <div className="stack">
      <p>
        {t('settings.estimate', {
          perDay: format.number(estimate.creditsPerDay),
          importCredits: format.number(estimate.importCredits),
        })}
      </p>
      {estimate.dailyLimit !== null ? (
        <p>{t('settings.estimateLimit', { limit: format.number(estimate.dailyLimit) })}</p>
      ) : null}
      {estimate.tenantBudget !== null ? (
        <p>{t('settings.estimateBudget', { budget: format.number(estimate.tenantBudget) })}</p>
      ) : null}
      {limit !== null && estimate.creditsPerDay > limit ? (
        <p role="alert">{t('settings.estimateOver')}</p>
      ) : null}
    </div>
  );
}
