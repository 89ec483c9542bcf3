import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/section';
import { ActivityLog } from '@/features/activity/components/activity-log';
import { SendingEvents } from '@/features/activity/components/sending-events';
import { ReviewQueue } from '@/features/match-reviews/components/review-queue';
import { TenantPage } from './tenant-page';

/** Zoho CRM activity log (tenant administrator): what the automation did with every event, and how to send them. */
export function ZohoCrmActivityRoute() {
  const { t } = useTranslation('activity');
  const { t: tr } = useTranslation('matchReviews');
  return (
    <TenantPage ns="activity">
      {(tenant) => (
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
      )}
    </TenantPage>
  );
}
