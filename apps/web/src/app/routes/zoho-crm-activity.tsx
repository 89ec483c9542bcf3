import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { ActivityLog } from '@/features/activity/components/activity-log';
import { SendingEvents } from '@/features/activity/components/sending-events';
import { ReviewQueue } from '@/features/match-reviews/components/review-queue';
import { useSessionUser } from '@/features/session/api/get-me';

/** Zoho CRM activity log (tenant administrator): what the automation did with every event, and how to send them. */
export function ZohoCrmActivityRoute() {
  const { t } = useTranslation('activity');
  const { t: tr } = useTranslation('matchReviews');
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
        <>
          <Section id="activity-events" title={t('page.eventsHeading')}>
            <ActivityLog tenantId={tenant.id} />
          </Section>
          <Section id="review-queue" title={tr('heading')}>
            <ReviewQueue tenantId={tenant.id} />
          </Section>
          <Section id="activity-sending" title={t('page.sendingHeading')}>
            <SendingEvents tenantId={tenant.id} />
          </Section>
        </>
      ) : (
        <EmptyState icon={<PlugIcon />} title={t('page.noTenant')}>
          <p>{t('page.noTenantDescription')}</p>
        </EmptyState>
      )}
    </>
  );
}
