import type { Pool } from 'pg';
import { inTransaction } from '../../db/queryable.ts';
import { requeueEvents } from './requeue-events.ts';

export async function retryFailedActivity(pool: Pool, tenantId: string): Promise<{ retried: number }> {
  const ids = await inTransaction(pool, (db) => requeueEvents(db, tenantId, { status: 'failed' }));
  return { retried: ids.length };
}
