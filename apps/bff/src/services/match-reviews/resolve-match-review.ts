import type { MatchReview, ReviewChoiceInput } from '@cxc/shared/api/match-reviews';
import type { AppDeps } from '../../app-deps.ts';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { listReviews, reviewExists, settleReview } from '../../automation/store/match-reviews.ts';
import { requeueEvents } from '../activity/requeue-events.ts';
import { toMatchReview } from './to-match-review.ts';

async function readReview(
  deps: Pick<AppDeps, 'pool'>,
  tenantId: string,
  id: string,
  status: 'open' | 'resolved',
) {
  // The queue is small (held events); the page reads the one row by id among the tenant's.
  const { reviews } = await listReviews(deps.pool, tenantId, { status, page: 1, perPage: 100 });
  return reviews.find((r) => r.id === id);
}

/**
 * Settles one review and puts its event back in the queue: it is planned again with the choice (the
 * picked person, or a new one). Only a listed candidate can be picked, so a review cannot attach a
 * conversation to a record nobody matched.
 */
export async function resolveMatchReview(
  deps: Pick<AppDeps, 'pool'>,
  tenantId: string,
  id: string,
  choice: ReviewChoiceInput,
  by: string,
): Promise<{ review: MatchReview }> {
  const open = await readReview(deps, tenantId, id, 'open');
  if (!open) {
    if (await reviewExists(deps.pool, tenantId, id))
      throw new AppError('CONFLICT', 'Someone already settled this review.');
    throw new AppError('NOT_FOUND', 'No such review.');
  }
  if (
    'recordId' in choice &&
    (choice.module !== open.module || !open.candidates.some((c) => c.id === choice.recordId))
  )
    throw new AppError('VALIDATION_FAILED', 'Pick one of the listed people, or create a new one.', [
      { path: ['choice', 'recordId'], message: 'not_a_candidate', code: 'custom' },
    ]);
  await inTransaction(deps.pool, async (db) => {
    const settled = await settleReview(db, tenantId, id, choice, by);
    if (!settled) throw new AppError('CONFLICT', 'Someone already settled this review.');
    await requeueEvents(db, tenantId, { id: settled.eventId });
  });
  const done = await readReview(deps, tenantId, id, 'resolved');
  if (!done) throw new AppError('NOT_FOUND', 'No such review.');
  return { review: toMatchReview(done) };
}
