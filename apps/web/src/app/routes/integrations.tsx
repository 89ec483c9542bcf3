import { useTranslation } from 'react-i18next';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { IntegrationsList } from '@/features/integrations/components/integrations-list';
import { useSessionUser } from '@/features/session/api/get-me';

/** App & Integrations (tenant administrator): the integrations of the user's own tenant. */
export function IntegrationsRoute() {
  const { t } = useTranslation();
  const { tenant } = useSessionUser();
  return (
    <>
      <PageHeader
        title={t('integrations.title')}
        description={tenant ? t('integrations.description', { tenant: tenant.name }) : undefined}
      />
      {tenant ? (
        <SectionBoundary headingLevel={2}>
          <IntegrationsList tenantId={tenant.id} />
        </SectionBoundary>
      ) : (
        <EmptyState icon={<PlugIcon />} title={t('integrations.noTenantTitle')}>
          <p>{t('integrations.noTenantDescription')}</p>
        </EmptyState>
      )}
    </>
  );
}
