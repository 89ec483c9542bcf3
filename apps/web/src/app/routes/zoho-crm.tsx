import { useTranslation } from 'react-i18next';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { AuditLog } from '@/features/audit/components/audit-log';
import { ConnectionIssuesPanel } from '@/features/connection-issues/components/connection-issues-panel';
import { IssueWebhookForm } from '@/features/connection-issues/components/issue-webhook-form';
import { useSessionUser } from '@/features/session/api/get-me';
import { ConnectionPanel } from '@/features/zoho-connection/components/connection-panel';
import { ConnectionSetupForm } from '@/features/zoho-connection/components/connection-setup-form';
import { GuidedStartSection } from '../guided-start/guided-start-section';

/**
 * App & Integrations > Zoho CRM (tenant administrator): the connection, its health (open issues and the
 * webhook that reports them), how it is configured, the audit log.
 */
export function ZohoCrmRoute() {
  const { t } = useTranslation();
  const { t: tGuide } = useTranslation('guidedStart');
  const { tenant } = useSessionUser();
  if (!tenant) {
    return (
      <>
        <PageHeader title={t('zohoCrm.title')} />
        <EmptyState icon={<PlugIcon />} title={t('integrations.noTenantTitle')}>
          <p>{t('integrations.noTenantDescription')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('zohoCrm.title')}
        description={t('zohoCrm.description', { tenant: tenant.name })}
      />
      <Section id="guided-start" title={tGuide('heading')}>
        <SectionBoundary>
          <GuidedStartSection tenantId={tenant.id} />
        </SectionBoundary>
      </Section>
      <Section id="connection" title={t('zohoCrm.connectionHeading')}>
        <SectionBoundary>
          <ConnectionPanel tenantId={tenant.id} />
        </SectionBoundary>
      </Section>
      <Section id="issues" title={t('zohoCrm.issuesHeading')}>
        <SectionBoundary>
          <ConnectionIssuesPanel tenantId={tenant.id} />
        </SectionBoundary>
        <SectionBoundary>
          <IssueWebhookForm tenantId={tenant.id} />
        </SectionBoundary>
      </Section>
      <Section id="settings" title={t('zohoCrm.settingsHeading')}>
        <p className="section__description">{t('zohoCrm.settingsDescription')}</p>
        <SectionBoundary>
          <ConnectionSetupForm tenantId={tenant.id} />
        </SectionBoundary>
      </Section>
      <Section id="audit" title={t('zohoCrm.auditHeading')}>
        <SectionBoundary>
          <AuditLog tenantId={tenant.id} />
        </SectionBoundary>
      </Section>
    </>
  );
}
