import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { useIntegrations } from '../api/list-integrations';
import { IntegrationCard } from './integration-card';

export function IntegrationsList({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { data } = useIntegrations(tenantId);

  if (data.integrations.length === 0) {
    return (
      <EmptyState icon={<PlugIcon />} title={t('integrations.emptyTitle')}>
        <p>{t('integrations.emptyDescription')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="card-grid">
      {data.integrations.map((integration) => (
        <IntegrationCard key={integration.id} integration={integration} />
      ))}
    </div>
  );
}
