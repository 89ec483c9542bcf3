import { useIsFetching } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { SectionBoundary } from '@/components/errors/section-boundary';
import { activityKeys } from '../api/activity-keys';
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
  // A new filter's first load: the navigation is a transition, so the old page stays on screen until
  // the new one arrives; it is marked busy meanwhile. Polling refetches (data already there) do not count.
  const loadingNew =
    useIsFetching({ queryKey: activityKeys.lists(tenantId), predicate: (q) => q.state.data === undefined }) >
    0;
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
      <div className="activity-log__results" aria-busy={loadingNew || undefined}>
        <SectionBoundary>
          <ActivityResults tenantId={tenantId} query={query} onAnnounce={setAnnouncement} />
        </SectionBoundary>
      </div>
    </div>
  );
}
