import { useTranslation } from 'react-i18next';
import type { PanelContextInput, PanelParent, PanelRecord } from '@cxc/shared/api/agent-panel';
import { LoadingState } from '@/components/ui/loading-state';
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
  const query = useScreenPop(tenantId, context);
  if (query.isPending) return <LoadingState label={t('matches.loading')} />;
  if (query.isError)
    return <PanelError error={query.error} title={t('matches.title')} onRetry={() => void query.refetch()} />;
  const pop = query.data;
  const people = pop.matches.filter(isPerson);
  return (
    <div className="stack">
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
