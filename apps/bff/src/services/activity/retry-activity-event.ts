import type { activityEventSchema } from '@cxc/shared/api/activity';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { getActivityEventDetail } from './get-activity-event.ts';
import { requeueEvents } from './requeue-events.ts';

export async function retryActivityEvent(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  id: string,
): Promise<{ event: z.input<typeof activityEventSchema> }> {
  const requeued = await inTransaction(deps.pool, (db) => requeueEvents(db, tenantId, { id }));
  if (requeued.length === 0) {
    // Either not this tenant's event (404, via the detail read) or one that is queued, processing or done.
    await getActivityEventDetail(deps, tenantId, id);
    throw new AppError('CONFLICT', 'Only a failed, skipped, retrying or waiting event can be retried.');
  }
  const { event } = await getActivityEventDetail(deps, tenantId, id);
  return { event };
}
