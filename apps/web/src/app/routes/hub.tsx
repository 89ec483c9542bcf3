import { useTranslation } from 'react-i18next';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TenantsTable } from '@/features/system/components/tenants-table';
import { ZohoConnectorCard } from '@/features/system/components/zoho-connector-card';

/** Connector Hub (system administrator): platform connectors and every tenant. */
export function HubRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('hub.title')} description={t('hub.description')} />
      <Section id="connectors" title={t('hub.connectorsHeading')}>
        <SectionBoundary>
          <div className="card-grid">
            <ZohoConnectorCard />
          </div>
        </SectionBoundary>
      </Section>
      <Section id="tenants" title={t('hub.tenantsHeading')}>
        <SectionBoundary>
          <TenantsTable />
        </SectionBoundary>
      </Section>
    </>
  );
}
