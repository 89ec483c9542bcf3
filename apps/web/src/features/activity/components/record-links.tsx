import { useTranslation } from 'react-i18next';
import type { ActivityRecord } from '@cxc/shared/api/activity';
import { ZohoRecordLink } from './zoho-record-link';

export function RecordLinks({ records }: { records: ActivityRecord[] }) {
  const { t } = useTranslation('activity');
  if (records.length === 0) return <span className="muted">{t('list.noRecords')}</span>;
  return (
    <ul className="activity-records">
      {records.map((record) => (
        <li key={`${record.step}-${record.recordId}`}>
          <ZohoRecordLink {...record} />
        </li>
      ))}
    </ul>
  );
}
