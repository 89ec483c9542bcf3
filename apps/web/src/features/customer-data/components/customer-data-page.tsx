import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import { useCustomerData } from '../api/get-customer-data';
import { CustomerApiSection } from './customer-api-section';
import { CustomerDataSettingsForm } from './customer-data-settings-form';
import { CustomerWebhookSection } from './customer-webhook-section';
import { ModuleStatusTable } from './module-status-table';
import { TestSearchBox } from './test-search-box';

/** Settings → Customer data for one tenant: settings, status per module, test search, the platform's API. */
export function CustomerDataPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const { data: view } = useCustomerData(tenantId);
  return (
    <>
      <Section id="customer-data-settings" title={t('settings.heading')}>
        <p>
          {t('settings.inForce', { mode: t(`settings.effective.${view.effectiveMode}`) })}{' '}
          {t(`settings.push.${view.push}`)}
        </p>
        <CustomerDataSettingsForm tenantId={tenantId} />
      </Section>
      <Section id="customer-data-status" title={t('status.heading')}>
        <ModuleStatusTable tenantId={tenantId} />
      </Section>
      <Section id="customer-data-search" title={t('search.heading')}>
        <TestSearchBox tenantId={tenantId} />
      </Section>
      <Section id="customer-data-api" title={t('api.heading')}>
        <CustomerApiSection tenantId={tenantId} />
      </Section>
      <Section id="customer-data-webhook" title={t('webhook.heading')}>
        <CustomerWebhookSection tenantId={tenantId} />
      </Section>
    </>
  );
}
