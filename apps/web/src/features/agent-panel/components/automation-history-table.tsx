import { useTranslation } from 'react-i18next';
import type { AutomationHistoryEntry } from '@cxc/shared/api/agent-panel';
import { EVENT_TYPE_KEY } from '@/lib/i18n/event-keys';
import { useFormatters } from '@/lib/use-formatters';
import { AutomationStatus } from './automation-status';
import { TableRegion } from '@/components/ui/table-region';

/** The automation engine's events for this conversation or visitor: why each wrote what it did, and the records. */
export function AutomationHistoryTable({ entries }: { entries: AutomationHistoryEntry[] }) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const format = useFormatters();
  return (
    <TableRegion label={t('history.automationCaption')}>
      <table className="data-table">
        <caption>{t('history.automationCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.event')}</th>
            <th scope="col">{t('history.status')}</th>
            <th scope="col">{t('history.records')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{format.dateTime(entry.at)}</td>
              <td>{tEvents(`types.${EVENT_TYPE_KEY[entry.type]}`)}</td>
              <td>
                <AutomationStatus entry={entry} />
              </td>
              <td>
                {entry.records.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    {entry.records.map((record) => {
                      const label = t(`history.record_${record.action}`, { module: record.module });
                      return (
                        <li key={record.step}>
                          {record.webUrl ? (
                            <a href={record.webUrl} target="_blank" rel="noopener noreferrer">
                              {label}
                            </a>
                          ) : (
                            label
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
