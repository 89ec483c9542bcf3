import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelContextInput, PanelParent, PanelRecord } from '@cxc/shared/api/agent-panel';
import { LoadingState } from '@/components/ui/loading-state';
import { useFormatters } from '@/lib/use-formatters';
import { useScreenPop } from '../api/get-screen-pop';
import { LinkedRecords } from './linked-records';
import { PanelError } from './panel-error';
import { RecordCard } from './record-card';

interface ScreenPopProps {
  tenantId: string;
  context: PanelContextInput;
  parent: PanelParent | undefined;
  onParentChange: (parent: PanelParent) => void;
}

const isPerson = (r: PanelRecord): r is PanelRecord & { module: PanelParent['module'] } =>
  r.module === 'Leads' || r.module === 'Contacts';

/** The matches of the tenant's identification rules, and what this conversation already wrote. */
export function ScreenPop({ tenantId, context, parent, onParentChange }: ScreenPopProps) {
  const { t } = useTranslation('agentPanel');
  const format = useFormatters();
  // "Search Zoho now": one live lookup (it also refreshes the copy); a new conversation starts from the copy.
  const contextKey = JSON.stringify(context);
  const [liveFor, setLiveFor] = useState<string | null>(null);
  const live = liveFor === contextKey;
  const query = useScreenPop(tenantId, context, live ? 'zoho' : undefined);
  if (query.isPending) return <LoadingState label={t('matches.loading')} />;
  if (query.isError)
    return <PanelError error={query.error} title={t('matches.title')} onRetry={() => void query.refetch()} />;
  const pop = query.data;
  const people = pop.matches.filter(isPerson);
  return (
    <div className="stack">
      {pop.answeredFrom === 'mirror' ? (
        <p className="section__description">
          {pop.asOf ? t('matches.asOf', { when: format.dateTime(pop.asOf) }) : t('matches.fromCopy')}{' '}
          <button type="button" className="button button--secondary" onClick={() => setLiveFor(contextKey)}>
            {t('matches.searchZohoNow')}
          </button>
        </p>
      ) : null}
      {live && pop.answeredFrom === 'zoho' ? <p role="status">{t('matches.liveNow')}</p> : null}
      {pop.outcome === 'not_found' ? <p role="status">{t('matches.none')}</p> : null}
      {pop.outcome === 'needs_review' ? (
        <p className="callout callout--warning">{t('matches.review')}</p>
      ) : null}
      {pop.outcome === 'found' && people.length > 1 ? <p>{t('matches.several')}</p> : null}
      {pop.matches.map((record) => (
        <RecordCard
          key={`${record.module}:${record.id}`}
          record={record}
          dialUrlTemplate={pop.dialUrlTemplate}
          footer={
            isPerson(record) && people.length > 0 ? (
              <label className="inline-flag">
                <input
                  type="radio"
                  name="panel-parent"
                  checked={parent?.id === record.id}
                  onChange={() => onParentChange({ module: record.module, id: record.id })}
                />{' '}
                {t('matches.useForActions', { name: record.name })}
              </label>
            ) : null
          }
        />
      ))}
      <LinkedRecords linked={pop.linked} automatic={pop.mode === 'automatic'} />
      {import.meta.env.DEV ? (
        <p className="section__description">{t('matches.elapsed', { ms: pop.elapsedMs })}</p>
      ) : null}
    </div>
  );
}
