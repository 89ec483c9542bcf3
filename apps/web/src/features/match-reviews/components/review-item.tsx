import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchReview } from '@cxc/shared/api/match-reviews';
import { useRecordLabels } from '@/lib/settings/use-record-labels';
import { useFormatters } from '@/lib/use-formatters';
import { useResolveMatchReview } from '../api/resolve-match-review';

const CREATE = 'create';

/** One held event: the people who matched, by name, and the choice that lets the event continue. */
export function ReviewItem({ tenantId, review }: { tenantId: string; review: MatchReview }) {
  const { t } = useTranslation('matchReviews');
  const fmt = useFormatters();
  const labels = useRecordLabels();
  // Zoho's module and the channel named in the reader's language, as every other screen names them.
  const module = labels.module(review.module);
  const resolve = useResolveMatchReview(tenantId);
  const [picked, setPicked] = useState('');
  const id = useId();
  const visitor = [review.visitor.name, review.visitor.phone, review.visitor.email]
    .filter(Boolean)
    .join(', ');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    const choice =
      picked === CREATE ? { create: true as const } : { recordId: picked, module: review.module };
    resolve.mutate({ id: review.id, choice });
  };
  return (
    <li className="card review-item">
      <form onSubmit={submit} aria-labelledby={`${id}-title`}>
        <fieldset className="settings-choice">
          <legend id={`${id}-title`} className="settings-choice__legend">
            {t('item.title', { count: review.candidates.length, module, visitor })}
          </legend>
          <p className="muted">
            {t('item.reason', {
              channel: labels.channel(review.channel),
              at: fmt.dateTime(review.createdAt),
            })}
          </p>
          {review.candidates.map((c) => (
            <div key={c.id} className="check">
              <input
                id={`${id}-${c.id}`}
                type="radio"
                name={`${id}-choice`}
                value={c.id}
                checked={picked === c.id}
                onChange={() => setPicked(c.id)}
              />
              <label htmlFor={`${id}-${c.id}`}>
                <strong>{c.name ?? t('item.noName')}</strong>{' '}
                <span className="muted">
                  {[c.phone, c.email, c.account, c.owner ? t('item.owner', { owner: c.owner }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </label>
            </div>
          ))}
          <div className="check">
            <input
              id={`${id}-create`}
              type="radio"
              name={`${id}-choice`}
              value={CREATE}
              checked={picked === CREATE}
              onChange={() => setPicked(CREATE)}
            />
            <label htmlFor={`${id}-create`}>{t('item.createNew', { module })}</label>
          </div>
        </fieldset>
        <button type="submit" className="button button--primary" disabled={!picked || resolve.isPending}>
          {t('item.submit')}
        </button>
        <p role="status" className="muted">
          {resolve.isError ? t('item.failed') : resolve.isSuccess ? t('item.done') : ''}
        </p>
      </form>
    </li>
  );
}
