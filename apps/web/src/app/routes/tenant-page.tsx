import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import type { SessionUser } from '@cxc/shared/api/session';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useSessionUser } from '@/features/session/api/get-me';

type Tenant = NonNullable<SessionUser['tenant']>;

/**
 * The frame of an integration page a tenant administrator opens from App & Integrations: the way back,
 * the page's header, then the page for the user's tenant, or why there is none. `ns` names the page's
 * strings (`page.*`), so each page keeps its own words.
 */
export function TenantPage({
  ns,
  children,
}: {
  ns: 'activity' | 'customerData' | 'settings';
  children: (tenant: Tenant) => ReactNode;
}) {
  const { t } = useTranslation(ns);
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
        children(tenant)
      ) : (
        <EmptyState icon={<PlugIcon />} title={t('page.noTenant')}>
          <p>{t('page.noTenantDescription')}</p>
        </EmptyState>
      )}
    </>
  );
}
