import { useTranslation } from 'react-i18next';
import type { ActivityEvent } from '@cxc/shared/api/activity';
import { ActivityRow } from './activity-row';
import { TableRegion } from '@/components/ui/table-region';

interface ActivityTableProps {
  tenantId: string;
  events: ActivityEvent[];
  caption: string;
  onAnnounce: (message: string) => void;
}

export function ActivityTable({ tenantId, events, caption, onAnnounce }: ActivityTableProps) {
  const { t } = useTranslation('activity');
  return (
    <TableRegion label={caption}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columnWhen')}</th>
            <th scope="col">{t('list.columnEvent')}</th>
            <th scope="col">{t('list.columnVisitor')}</th>
            <th scope="col">{t('list.columnStatus')}</th>
            <th scope="col">{t('list.columnRule')}</th>
            <th scope="col">{t('list.columnRecords')}</th>
            <th scope="col">{t('list.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <ActivityRow key={event.id} tenantId={tenantId} event={event} onAnnounce={onAnnounce} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
