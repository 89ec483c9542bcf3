import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CustomerDataPage } from '@/features/customer-data/components/customer-data-page';
import { useSessionUser } from '@/features/session/api/get-me';

/** Settings → Customer data (tenant administrator): the Zoho mirror's mode, status and a test search. */
export function ZohoCrmCustomerDataRoute() {
  const { t } = useTranslation('customerData');
  const { tenant } = useSessionUser();
  return (
    <>
      <nav aria-label={t('page.breadcrumb')} className="breadcrumb">
        <Link to={paths.integrations.getHref()}>{t('page.back')}</Link>
      </nav>
      <PageHeader
        title={t('page.title')}
        description={tenant ? t('page.description', { tenant: tenant.name }) : undefined}
      />
      {tenant ? (
        <CustomerDataPage tenantId={tenant.id} />
      ) : (
        <EmptyState icon={<PlugIcon />} title={t('page.noTenant')}>
          <p>{t('page.noTenantDescription')}</p>
        </EmptyState>
      )}
    </>
  );
}
