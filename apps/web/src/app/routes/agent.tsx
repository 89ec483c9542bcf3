import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { PanelLauncher } from '@/features/agent-panel/components/panel-launcher';
import { ReviewQueue } from '@/features/match-reviews/components/review-queue';
import { useSessionUser } from '@/features/session/api/get-me';

/** Agent panel home (agent): the contact-center console opens the panel per conversation; this opens it by hand. */
export function AgentRoute() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('agentPanel');
  const { t: tr } = useTranslation('matchReviews');
  const { tenant } = useSessionUser();
  return (
    <>
      <PageHeader title={t('agent.title')} />
      <Section id="launcher" title={tp('home.launcherTitle')}>
        <PanelLauncher />
      </Section>
      {tenant ? (
        <Section id="review-queue" title={tr('heading')}>
          <ReviewQueue tenantId={tenant.id} />
        </Section>
      ) : null}
    </>
  );
}
