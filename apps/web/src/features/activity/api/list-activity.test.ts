import { describe, expect, it } from 'vitest';
import type { EventStatus } from '@cxc/shared/api/activity';
import { eventBody, listBody } from '../testing/activity-fixtures';
import { ACTIVITY_REFRESH_MS, activityRefreshInterval } from './list-activity';

const intervalFor = (statuses: EventStatus[]) =>
  activityRefreshInterval(listBody(statuses.map((status) => eventBody({ status }))));

describe('activity auto-refresh', () => {
  it.each<EventStatus>(['queued', 'processing', 'retrying'])('refreshes while an event is %s', (status) => {
    expect(intervalFor(['done', status])).toBe(ACTIVITY_REFRESH_MS);
  });

  it('stops once every event has settled', () => {
    expect(intervalFor(['done', 'failed', 'skipped', 'waiting_reconnect'])).toBe(false);
    expect(intervalFor([])).toBe(false);
    expect(activityRefreshInterval(undefined)).toBe(false);
  });
});
