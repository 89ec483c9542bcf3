import { useTranslation } from 'react-i18next';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { PageHeader } from '@/components/ui/page-header';
import { AgentPanelEmpty } from '@/features/agent-panel/components/agent-panel-empty';

/** Agent panel (agent): empty until the contact-center console opens it for a conversation. */
export function AgentRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agent.title')} />
      <SectionBoundary headingLevel={2}>
        <AgentPanelEmpty />
      </SectionBoundary>
    </>
  );
}
