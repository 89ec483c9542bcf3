import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { PanelLauncher } from '@/features/agent-panel/components/panel-launcher';

/** Agent panel home (agent): the contact-center console opens the panel per conversation; this opens it by hand. */
export function AgentRoute() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('agentPanel');
  return (
    <>
      <PageHeader title={t('agent.title')} />
      <Section id="launcher" title={tp('home.launcherTitle')}>
        <PanelLauncher />
      </Section>
    </>
  );
}
