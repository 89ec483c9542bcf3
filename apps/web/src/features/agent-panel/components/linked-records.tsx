import { useTranslation } from 'react-i18next';
import type { LinkedRecord } from '@cxc/shared/api/agent-panel';

/** What was written for this conversation, by agents' clicks and (automatic mode) by automation. */
export function LinkedRecords({ linked, automatic }: { linked: LinkedRecord[]; automatic: boolean }) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  return (
    <div className="subsection">
      <h3 className="subsection__title">{t('linked.title')}</h3>
      {automatic ? <p className="section__description">{t('linked.automationNote')}</p> : null}
      {linked.length === 0 ? (
        <p>{t('linked.none')}</p>
      ) : (
        <ul>
          {linked.map((record) => (
            <li key={`${record.module}:${record.id}`}>
              {tEvents(`modules.${record.module}`)}:{' '}
              <a href={record.url} target="_blank" rel="noopener noreferrer">
                {record.name ?? record.id}
              </a>{' '}
              ({record.source === 'agent' ? t('linked.byAgent') : t('linked.byAutomation')})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
