import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/use-formatters';
import type { HistoryEntry } from '@cxc/shared/api/agent-panel';
import { TableRegion } from '@/components/ui/table-region';

export function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation('agentPanel');
  const format = useFormatters();
  if (entries.length === 0) return <p role="status">{t('history.none')}</p>;
  return (
    <TableRegion label={t('history.caption')}>
      <table className="data-table">
        <caption>{t('history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.agent')}</th>
            <th scope="col">{t('history.action')}</th>
            <th scope="col">{t('history.record')}</th>
            <th scope="col">{t('history.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{format.dateTime(entry.at)}</td>
              <td>{entry.agentEmail}</td>
              <td>{t(`actions.${entry.action}`)}</td>
              <td>
                {entry.url ? (
                  <a href={entry.url} target="_blank" rel="noopener noreferrer">
                    {entry.recordName ?? entry.recordId}
                  </a>
                ) : (
                  (entry.recordName ?? '—')
                )}
              </td>
              <td>
                {entry.outcome === 'success'
                  ? t('history.success')
                  : t('history.failedWith', { code: entry.errorCode ?? '?' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
