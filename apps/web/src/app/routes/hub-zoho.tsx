import { useTranslation } from 'react-i18next';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { PageHeader } from '@/components/ui/page-header';
import { ZohoSystemClients } from '@/features/system/components/zoho-system-clients';

/** Connector Hub > Zoho (system administrator): the platform's Zoho clients per data center. */
export function HubZohoRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('systemClients.title')} description={t('systemClients.description')} />
      <SectionBoundary headingLevel={2}>
        <ZohoSystemClients />
      </SectionBoundary>
    </>
  );
}
