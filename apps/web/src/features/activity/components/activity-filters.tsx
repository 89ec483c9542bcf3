import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityQuery, eventStatusSchema } from '@cxc/shared/api/activity';
import { CHANNELS } from '@cxc/shared/domain/channels';
import { EVENT_TYPES } from '@cxc/shared/domain/events';
import { EVENT_TYPE_KEY } from '@/lib/i18n/event-keys';
import { type ActivityFilters as Filters, dayEnd, dayOf, dayStart } from '../schemas/activity-search';

interface ActivityFiltersProps {
  query: ActivityQuery;
  onChange: (filters: Filters) => void;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * Applied with the button (or Enter), never on each keystroke or arrow press in a select: changing
 * context on input would move a keyboard user's page under them (WCAG 3.2.2).
 */
export function ActivityFilters({ query, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onChange({
      status: text(form, 'status'),
      channel: text(form, 'channel'),
      type: text(form, 'type'),
      from: dayStart(text(form, 'from')) ?? '',
      to: dayEnd(text(form, 'to')) ?? '',
      q: text(form, 'q'),
    });
  };
  const clear = () => onChange({ status: '', channel: '', type: '', from: '', to: '', q: '' });
  return (
    <form
      // Re-mounts with the URL, so Back/Forward and "Clear" show the filters actually applied.
      key={JSON.stringify(query)}
      className="activity-filters"
      aria-label={t('filters.title')}
      noValidate
      onSubmit={onSubmit}
    >
      <div className="field">
        <label className="field__label" htmlFor="activity-status">
          {t('filters.status')}
        </label>
        <select id="activity-status" name="status" className="select" defaultValue={query.status ?? ''}>
          <option value="">{t('filters.any')}</option>
          {eventStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="activity-channel">
          {t('filters.channel')}
        </label>
        <select id="activity-channel" name="channel" className="select" defaultValue={query.channel ?? ''}>
          <option value="">{t('filters.any')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {tEvents(`channels.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="activity-type">
          {t('filters.type')}
        </label>
        <select id="activity-type" name="type" className="select" defaultValue={query.type ?? ''}>
          <option value="">{t('filters.any')}</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {tEvents(`types.${EVENT_TYPE_KEY[type]}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="activity-from">
          {t('filters.from')}
        </label>
        <input
          id="activity-from"
          name="from"
          type="date"
          className="input"
          defaultValue={dayOf(query.from)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="activity-to">
          {t('filters.to')}
        </label>
        <input
          id="activity-to"
          name="to"
          type="date"
          className="input"
          defaultValue={dayOf(query.to, true)}
        />
      </div>
      <div className="field activity-filters__search">
        <label className="field__label" htmlFor="activity-q">
          {t('filters.q')}
        </label>
        <input
          id="activity-q"
          name="q"
          type="search"
          className="input"
          maxLength={200}
          defaultValue={query.q ?? ''}
          aria-describedby="activity-q-hint"
        />
        <p id="activity-q-hint" className="field__description">
          {t('filters.qHint')}
        </p>
      </div>
      <div className="actions activity-filters__actions">
        <button type="submit" className="button button--primary">
          {t('filters.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
