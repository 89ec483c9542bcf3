import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchReview } from '@cxc/shared/api/match-reviews';
import { useRecordLabels } from '@/lib/settings/use-record-labels';
import { useFormatters } from '@/lib/use-formatters';
import { type ReviewStatus, useMatchReviews } from '../api/list-match-reviews';
import { ReviewItem } from './review-item';

/** Events held because several people matched ("ask"): agents and admins pick the right one here. */
export function ReviewQueue({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('matchReviews');
  const [status, setStatus] = useState<ReviewStatus>('open');
  const reviews = useMatchReviews(tenantId, status);
  return (
    <div className="review-queue">
      <p className="muted">{t('intro')}</p>
      <div role="group" aria-label={t('queue.show')} className="button-row">
        {(['open', 'resolved'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="button button--secondary button--small"
            aria-pressed={status === s}
            onClick={() => setStatus(s)}
          >
            {t(`queue.${s}`)}
          </button>
        ))}
      </div>
      {reviews.isPending ? (
        <p role="status">{t('queue.loading')}</p>
      ) : reviews.isError ? (
        <p role="alert">{t('queue.failed')}</p>
      ) : reviews.data.reviews.length === 0 ? (
        <p className="muted">{t(status === 'open' ? 'queue.emptyOpen' : 'queue.emptyResolved')}</p>
      ) : (
        <ul className="review-list">
          {reviews.data.reviews.map((review) =>
            review.status === 'open' ? (
              <ReviewItem key={review.id} tenantId={tenantId} review={review} />
            ) : (
              <ResolvedItem key={review.id} review={review} />
            ),
          )}
        </ul>
      )}
    </div>
  );
}

function ResolvedItem({ review }: { review: MatchReview }) {
  const { t } = useTranslation('matchReviews');
  const fmt = useFormatters();
  const labels = useRecordLabels();
  const choice = review.choice;
  const picked =
    choice && 'recordId' in choice
      ? (review.candidates.find((c) => c.id === choice.recordId)?.name ?? choice.recordId)
      : t('item.createNew', { module: labels.module(review.module) });
  return (
    <li className="card review-item">
      <p>
        {t('resolved.line', {
          visitor: review.visitor.name ?? review.visitor.phone ?? review.visitor.email ?? '',
          picked,
          by: review.resolvedBy ?? '',
          at: review.resolvedAt ? fmt.dateTime(review.resolvedAt) : '',
        })}
      </p>
    </li>
  );
}
