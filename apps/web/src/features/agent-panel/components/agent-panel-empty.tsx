import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ChatIcon } from '@/components/ui/icons';

/** The panel is opened per conversation by the contact-center console; standing alone it waits. */
export function AgentPanelEmpty() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<ChatIcon />} title={t('agent.emptyTitle')}>
      <p>{t('agent.emptyDescription')}</p>
    </EmptyState>
  );
}
