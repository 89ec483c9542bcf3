import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelContextInput, PanelParent } from '@cxc/shared/api/agent-panel';
import { Section } from '@/components/ui/section';
import { usePanelConfig } from '../api/get-panel-config';
import { useScreenPop } from '../api/get-screen-pop';
import { ActionBar } from './action-bar';
import { ContextSummary } from './context-summary';
import { HistoryPanel } from './history-panel';
import { ScreenPop } from './screen-pop';
import { SearchPanel } from './search-panel';
import { usePanelContext } from './use-panel-context';

/** The chosen person, else the first Lead or Contact the screen pop found (activities hang off it). */
function useDefaultParent(tenantId: string, context: PanelContextInput, chosen: PanelParent | undefined) {
  const pop = useScreenPop(tenantId, context);
  if (chosen) return chosen;
  const person = pop.data?.matches.find((m) => m.module === 'Leads' || m.module === 'Contacts');
  return person ? { module: person.module as PanelParent['module'], id: person.id } : undefined;
}

/** The agent panel for one conversation: who this is in Zoho, one-click records, search and history. */
export function ConversationPanel({
  tenantId,
  initialContext,
}: {
  tenantId: string;
  initialContext: PanelContextInput;
}) {
  const { t } = useTranslation('agentPanel');
  const config = usePanelConfig(tenantId);
  const context = usePanelContext(initialContext, config.data?.embedOrigins);
  const [chosen, setChosen] = useState<{ key: string; parent: PanelParent } | undefined>();
  // A new conversation (postMessage) forgets the person chosen for the previous one.
  const key = JSON.stringify(context);
  const parent = useDefaultParent(tenantId, context, chosen?.key === key ? chosen.parent : undefined);
  const dial = config.data?.dialUrlTemplate ?? 'tel:{number}';
  return (
    <div className="agent-panel stack">
      <Section id="panel-context" title={t('context.title')}>
        <ContextSummary context={context} dialUrlTemplate={dial} />
      </Section>
      <Section id="panel-matches" title={t('matches.title')}>
        <ScreenPop
          tenantId={tenantId}
          context={context}
          parent={parent}
          onParentChange={(next) => setChosen({ key, parent: next })}
        />
      </Section>
      <Section id="panel-actions" title={t('actions.title')}>
        <ActionBar key={key} tenantId={tenantId} context={context} parent={parent} />
      </Section>
      <Section id="panel-search" title={t('search.title')}>
        <SearchPanel tenantId={tenantId} />
      </Section>
      <Section id="panel-history" title={t('history.title')}>
        <HistoryPanel key={key} tenantId={tenantId} context={context} />
      </Section>
    </div>
  );
}
