import { useTranslation } from 'react-i18next';
import { useLocation } from '@/lib/router';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { PageHeader } from '@/components/ui/page-header';
import { ConversationPanel } from '@/features/agent-panel/components/conversation-panel';
import { parsePanelUrl } from '@/features/agent-panel/schemas/panel-url-state';
import { useSessionUser } from '@/features/session/api/get-me';

/**
 * The agent panel for one conversation (`/agent/conversation?phone=…&conversationId=…`), the one page
 * the BFF lets configured origins frame. A new conversation id remounts the panel.
 */
export function AgentConversationRoute() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { tenant } = useSessionUser();
  const initial = parsePanelUrl(search);
  return (
    <>
      <PageHeader title={t('agent.title')} />
      {tenant ? (
        <SectionBoundary headingLevel={2}>
          <ConversationPanel
            key={initial.conversationId ?? ''}
            tenantId={tenant.id}
            initialContext={initial}
          />
        </SectionBoundary>
      ) : (
        <p>{t('integrations.noTenantDescription')}</p>
      )}
    </>
  );
}
