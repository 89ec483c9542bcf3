import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityEvent } from '@cxc/shared/api/activity';
import { Badge } from '@/components/ui/badge';
import { useFormatters } from '@/lib/use-formatters';
import { EVENT_TYPE_KEY } from '@/lib/i18n/event-keys';
import { EventDetails } from './event-details';
import { RecordLinks } from './record-links';
import { RetryButton } from './retry-button';
import { StatusCell } from './status-cell';

const COLUMNS = 7;

// Skipped before any rule was tried (channel off, manual mode, Zoho not connected): "No rule" would say
// that the rules were tried and none fit.
const RULES_NOT_EVALUATED = new Set<ActivityEvent['skipReason']>([
  'channel_disabled',
  'manual_mode',
  'not_connected',
]);

interface ActivityRowProps {
  tenantId: string;
  event: ActivityEvent;
  onAnnounce: (message: string) => void;
}

/** One event; "Details" expands a second row with its rule evaluations and operations. */
export function ActivityRow({ tenantId, event, onAnnounce }: ActivityRowProps) {
  const { t } = useTranslation('activity');
  const format = useFormatters();
  const { t: tEvents } = useTranslation('events');
  const [open, setOpen] = useState(false);
  const detailsId = `activity-details-${event.id}`;
  const visitor = [event.visitor.name, event.visitor.email, event.visitor.phone].filter(Boolean);
  const canRetry = event.status === 'failed' || event.status === 'retrying';
  return (
    <>
      <tr>
        <td>
          <time dateTime={event.receivedAt}>{format.dateTime(event.receivedAt)}</time>
        </td>
        <th scope="row">
          {tEvents(`types.${EVENT_TYPE_KEY[event.type]}`)}
          {event.test ? (
            <>
              {' '}
              <Badge tone="info">{t('list.testBadge')}</Badge>
            </>
          ) : null}
          <br />
          <span className="muted">{tEvents(`channels.${event.channel}`)}</span>
        </th>
        <td>
          <code>{event.conversationId}</code>
          <br />
          {visitor.length > 0 ? visitor.join(' · ') : <span className="muted">{t('list.noVisitor')}</span>}
        </td>
        <td>
          <StatusCell event={event} />
        </td>
        <td>
          {event.rule ? (
            event.rule.name
          ) : (
            <span className="muted">
              {t(RULES_NOT_EVALUATED.has(event.skipReason) ? 'list.notEvaluated' : 'list.noRule')}
            </span>
          )}
        </td>
        <td>
          <RecordLinks records={event.records} />
        </td>
        <td>
          <div className="actions activity-row__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              aria-label={t('details.showNamed', { eventId: event.eventId })}
              onClick={() => setOpen((value) => !value)}
            >
              {t('details.show')}
            </button>
            {canRetry ? (
              <RetryButton tenantId={tenantId} id={event.id} eventId={event.eventId} onDone={onAnnounce} />
            ) : null}
          </div>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="activity-row__details">
          <td colSpan={COLUMNS}>
            <EventDetails tenantId={tenantId} id={event.id} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
