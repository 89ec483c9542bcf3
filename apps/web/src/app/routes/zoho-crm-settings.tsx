import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useSessionUser } from '@/features/session/api/get-me';
import { SettingsEditor } from '@/app/settings/settings-editor';

/** Zoho CRM integration settings (tenant administrator): channels, rules, owners, mapping, versions. */
export function ZohoCrmSettingsRoute() {
  const { t } = useTranslation('settings');
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
        <SectionBoundary headingLevel={2}>
          <SettingsEditor tenantId={tenant.id} />
        </SectionBoundary>
      ) : (
        <EmptyState icon={<PlugIcon />} title={t('page.noTenant')}>
          <p>{t('page.noTenantDescription')}</p>
        </EmptyState>
      )}
    </>
  );
}
