import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SectionBoundary } from '@/components/errors/section-boundary';
import {
  type ActivityFilters as Filters,
  parseActivitySearch,
  withFilters,
} from '../schemas/activity-search';
import { ActivityFilters } from './activity-filters';
import { ActivityResults } from './activity-results';
import { ExportLink } from './export-link';
import { RetryAllButton } from './retry-all-button';
import './activity-log.css';

/**
 * The automation's activity log: filters and page live in the URL (a shared link shows the same
 * view), the list refreshes itself while events are moving, failed events can be queued again.
 */
export function ActivityLog({ tenantId }: { tenantId: string }) {
  const [search, setSearch] = useSearchParams();
  const query = parseActivitySearch(search);
  const [announcement, setAnnouncement] = useState('');
  const onFilters = (changes: Filters) => {
    setAnnouncement('');
    setSearch(withFilters(search, changes));
  };
  return (
    <div className="activity-log">
      <ActivityFilters query={query} onChange={onFilters} />
      <div className="actions activity-log__toolbar">
        <RetryAllButton tenantId={tenantId} onDone={setAnnouncement} />
        <ExportLink tenantId={tenantId} query={query} />
      </div>
      <p className="activity-log__announcement" role="status">
        {announcement}
      </p>
      <SectionBoundary>
        <ActivityResults tenantId={tenantId} query={query} onAnnounce={setAnnouncement} />
      </SectionBoundary>
    </div>
  );
}
